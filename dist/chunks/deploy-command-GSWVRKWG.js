import { createRequire as __rayserviceCiRequire } from 'node:module'; const require = __rayserviceCiRequire(import.meta.url);
import {
  DEPLOY_USAGE,
  abortOnShutdown,
  cliProgress,
  command,
  deployCommand,
  describeReach
} from "./chunk-7O55LCPB.js";
import "./chunk-ZX5C764E.js";
import "./chunk-QXVQQ5FB.js";
import "./chunk-RKRSJY3C.js";
import "./chunk-TTQN4OPH.js";
import "./chunk-DNN5VYJT.js";
import "./chunk-WNYQVBGA.js";
import "./chunk-NUJ64NSH.js";
import "./chunk-2Z6IFJBU.js";
import "./chunk-UIDGSTCG.js";
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
