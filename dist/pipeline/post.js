import { createRequire as __rayserviceCiRequire } from 'node:module'; const require = __rayserviceCiRequire(import.meta.url);
import {
  PIPELINE_INPUTS,
  pipelinePostAction
} from "../chunks/chunk-46LHLRM4.js";
import "../chunks/chunk-V3VNAJI7.js";
import "../chunks/chunk-6S7JENAZ.js";
import "../chunks/chunk-2AVDBYLL.js";
import {
  runnerExtras
} from "../chunks/chunk-V6BFXFI2.js";
import "../chunks/chunk-JR5TWFBU.js";
import "../chunks/chunk-XIPDI3C3.js";
import "../chunks/chunk-RZYRNKTB.js";
import "../chunks/chunk-RSKJCYT2.js";
import "../chunks/chunk-6ZT5VSB5.js";
import "../chunks/chunk-TQJXYD4B.js";
import "../chunks/chunk-TTQN4OPH.js";
import "../chunks/chunk-7HTLHSUU.js";
import "../chunks/chunk-T4ULEDMT.js";
import "../chunks/chunk-T2ZJCUAC.js";
import "../chunks/chunk-6F4U3BA2.js";
import "../chunks/chunk-MHFUAMHF.js";
import "../chunks/chunk-UIDGSTCG.js";
import "../chunks/chunk-TNX5VFPM.js";
import "../chunks/chunk-65SL3IB2.js";
import {
  actionsIo,
  runAction
} from "../chunks/chunk-KF2LIROC.js";
import "../chunks/chunk-SMOGKHW4.js";
import "../chunks/chunk-U3LBRABJ.js";
import "../chunks/chunk-7UO7HX7F.js";
import "../chunks/chunk-46TLH3BL.js";
import "../chunks/chunk-S5ZBFXNU.js";

// src/actions/pipeline/post.ts
runAction(() => pipelinePostAction({ ...actionsIo(PIPELINE_INPUTS), ...runnerExtras() }));
