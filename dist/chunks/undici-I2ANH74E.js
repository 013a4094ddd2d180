import { createRequire as __rayserviceCiRequire } from 'node:module'; const require = __rayserviceCiRequire(import.meta.url);
import {
  require_undici
} from "./chunk-DNN5VYJT.js";
import "./chunk-S5ZBFXNU.js";
export default require_undici();
