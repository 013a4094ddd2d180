import { createRequire as __rayserviceCiRequire } from 'node:module'; const require = __rayserviceCiRequire(import.meta.url);
import {
  DEPLOY_USAGE,
  abortOnShutdown,
  cliProgress,
  command,
  deployCommand,
  describeReach
} from "./chunk-3U2K5QKD.js";
import "./chunk-ZX5C764E.js";
import "./chunk-6ZT5VSB5.js";
import "./chunk-TQJXYD4B.js";
import "./chunk-TTQN4OPH.js";
import "./chunk-7HTLHSUU.js";
import "./chunk-T4ULEDMT.js";
import "./chunk-T2ZJCUAC.js";
import "./chunk-UIDGSTCG.js";
import "./chunk-TNX5VFPM.js";
import "./chunk-65SL3IB2.js";
import "./chunk-U3LBRABJ.js";
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
