import { createRequire as __rayserviceCiRequire } from 'node:module'; const require = __rayserviceCiRequire(import.meta.url);
import {
  DEPLOY_USAGE,
  abortOnShutdown,
  cliProgress,
  command,
  deployCommand,
  describeReach
} from "./chunk-ZBSMYMAR.js";
import "./chunk-ZX5C764E.js";
import "./chunk-RAUNVHWQ.js";
import "./chunk-TQJXYD4B.js";
import "./chunk-TTQN4OPH.js";
import "./chunk-X4GGL3XL.js";
import "./chunk-745FAHHV.js";
import "./chunk-T2ZJCUAC.js";
import "./chunk-UIDGSTCG.js";
import "./chunk-TNX5VFPM.js";
import "./chunk-65SL3IB2.js";
import "./chunk-FO2DCR53.js";
import "./chunk-7UO7HX7F.js";
import "./chunk-46TLH3BL.js";
import "./chunk-S5ZBFXNU.js";
export {
  DEPLOY_USAGE,
  abortOnShutdown,
  cliProgress,
  command,
  deployCommand,
  describeReach
};
