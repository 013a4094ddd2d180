import { createRequire as __rayserviceCiRequire } from 'node:module'; const require = __rayserviceCiRequire(import.meta.url);
import {
  DEPLOY_USAGE,
  abortOnShutdown,
  cliProgress,
  command,
  deployCommand,
  describeReach
} from "./chunk-OOMKM2HJ.js";
import "./chunk-ZX5C764E.js";
import "./chunk-HTBTRPLF.js";
import "./chunk-TTQN4OPH.js";
import "./chunk-JEKGXCL6.js";
import "./chunk-65SL3IB2.js";
import "./chunk-NOESHEPS.js";
import "./chunk-VFIRZ5NL.js";
import "./chunk-S5ZBFXNU.js";
export {
  DEPLOY_USAGE,
  abortOnShutdown,
  cliProgress,
  command,
  deployCommand,
  describeReach
};
