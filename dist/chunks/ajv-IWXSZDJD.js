import { createRequire as __rayserviceCiRequire } from 'node:module'; const require = __rayserviceCiRequire(import.meta.url);
import {
  require_ajv
} from "./chunk-MHFUAMHF.js";
import "./chunk-S5ZBFXNU.js";
export default require_ajv();
