import { createRequire as __rayserviceCiRequire } from 'node:module'; const require = __rayserviceCiRequire(import.meta.url);
import {
  InputError,
  UsageError
} from "./chunk-ZX5C764E.js";
import "./chunk-S5ZBFXNU.js";
export {
  InputError,
  UsageError
};
