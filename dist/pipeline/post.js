import { createRequire as __rayserviceCiRequire } from 'node:module'; const require = __rayserviceCiRequire(import.meta.url);
import {
  PIPELINE_INPUTS,
  pipelinePostAction
} from "../chunks/chunk-2CMVMZZP.js";
import "../chunks/chunk-4HM2X2X7.js";
import "../chunks/chunk-3OZZAGNQ.js";
import "../chunks/chunk-JKJCAXHF.js";
import {
  runnerExtras
} from "../chunks/chunk-KM5RSAT6.js";
import "../chunks/chunk-2R3FLLRE.js";
import "../chunks/chunk-EZQ72WCC.js";
import "../chunks/chunk-2I6TWOEY.js";
import "../chunks/chunk-LZATRZPY.js";
import "../chunks/chunk-QXVQQ5FB.js";
import "../chunks/chunk-RKRSJY3C.js";
import "../chunks/chunk-TTQN4OPH.js";
import "../chunks/chunk-DNN5VYJT.js";
import "../chunks/chunk-WNYQVBGA.js";
import "../chunks/chunk-NUJ64NSH.js";
import "../chunks/chunk-2Z6IFJBU.js";
import "../chunks/chunk-KNCQHDO6.js";
import "../chunks/chunk-MHFUAMHF.js";
import "../chunks/chunk-UIDGSTCG.js";
import "../chunks/chunk-65SL3IB2.js";
import {
  actionsIo,
  runAction
} from "../chunks/chunk-KILP7Y4M.js";
import "../chunks/chunk-SMOGKHW4.js";
import "../chunks/chunk-FO2DCR53.js";
import "../chunks/chunk-7UO7HX7F.js";
import "../chunks/chunk-46TLH3BL.js";
import "../chunks/chunk-S5ZBFXNU.js";

// src/actions/pipeline/post.ts
runAction(() => pipelinePostAction({ ...actionsIo(PIPELINE_INPUTS), ...runnerExtras() }));
