import { createRequire as __rayserviceCiRequire } from 'node:module'; const require = __rayserviceCiRequire(import.meta.url);
import {
  PIPELINE_INPUTS,
  pipelineAction
} from "../chunks/chunk-WGK6KSZW.js";
import "../chunks/chunk-Q7URBJBQ.js";
import "../chunks/chunk-6S7JENAZ.js";
import "../chunks/chunk-T7VU7ERF.js";
import {
  runnerExtras
} from "../chunks/chunk-V6BFXFI2.js";
import "../chunks/chunk-I2PPQJSE.js";
import "../chunks/chunk-FCW7RT7H.js";
import "../chunks/chunk-2I6TWOEY.js";
import "../chunks/chunk-GZ4RRY5P.js";
import "../chunks/chunk-RAUNVHWQ.js";
import "../chunks/chunk-TQJXYD4B.js";
import "../chunks/chunk-TTQN4OPH.js";
import "../chunks/chunk-X4GGL3XL.js";
import "../chunks/chunk-745FAHHV.js";
import "../chunks/chunk-T2ZJCUAC.js";
import "../chunks/chunk-QTIMBSYR.js";
import "../chunks/chunk-MHFUAMHF.js";
import "../chunks/chunk-UIDGSTCG.js";
import "../chunks/chunk-TNX5VFPM.js";
import "../chunks/chunk-65SL3IB2.js";
import {
  actionsIo,
  runAction
} from "../chunks/chunk-KF2LIROC.js";
import "../chunks/chunk-SMOGKHW4.js";
import "../chunks/chunk-FO2DCR53.js";
import "../chunks/chunk-7UO7HX7F.js";
import "../chunks/chunk-46TLH3BL.js";
import "../chunks/chunk-S5ZBFXNU.js";

// src/actions/pipeline/main.ts
runAction(() => pipelineAction({ ...actionsIo(PIPELINE_INPUTS), ...runnerExtras() }));
