import { createRequire as __rayserviceCiRequire } from 'node:module'; const require = __rayserviceCiRequire(import.meta.url);
import {
  DEPLOY_USAGE,
  abortOnShutdown,
  cliProgress,
  command,
  deployCommand,
  describeReach
} from "./chunk-S4YWIX5C.js";
import "./chunk-ZX5C764E.js";
import "./chunk-EEFGUSE3.js";
import "./chunk-TTQN4OPH.js";
import "./chunk-VKUFO5JZ.js";
import "./chunk-65SL3IB2.js";
import "./chunk-E73UPWAZ.js";
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
