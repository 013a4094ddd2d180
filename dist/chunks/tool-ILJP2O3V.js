import { createRequire as __rayserviceCiRequire } from 'node:module'; const require = __rayserviceCiRequire(import.meta.url);
import {
  TOOL
} from "./chunk-UZXDCIJZ.js";
import "./chunk-S5ZBFXNU.js";
export {
  TOOL
};
