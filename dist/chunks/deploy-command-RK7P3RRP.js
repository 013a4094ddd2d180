import { createRequire as __rayserviceCiRequire } from 'node:module'; const require = __rayserviceCiRequire(import.meta.url);
import {
  DEPLOY_USAGE,
  abortOnShutdown,
  cliProgress,
  command,
  deployCommand,
  describeReach
} from "./chunk-ZDLMT6TR.js";
import "./chunk-ZX5C764E.js";
import "./chunk-A2NQXRQN.js";
import "./chunk-TTQN4OPH.js";
import "./chunk-EUU7CETW.js";
import "./chunk-65SL3IB2.js";
import "./chunk-EAV6QPSN.js";
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
