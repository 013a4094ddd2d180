import { createRequire as __rayserviceCiRequire } from 'node:module'; const require = __rayserviceCiRequire(import.meta.url);
import {
  DEPLOY_INPUTS,
  deployPostAction,
  runnerExtras
} from "../chunks/chunk-N3L6PFMO.js";
import "../chunks/chunk-EEFGUSE3.js";
import "../chunks/chunk-TTQN4OPH.js";
import "../chunks/chunk-VKUFO5JZ.js";
import "../chunks/chunk-65SL3IB2.js";
import {
  actionsIo,
  runAction
} from "../chunks/chunk-RZGWILNY.js";
import "../chunks/chunk-E73UPWAZ.js";
import "../chunks/chunk-VFIRZ5NL.js";
import "../chunks/chunk-S5ZBFXNU.js";

// src/actions/deploy/post.ts
runAction(() => deployPostAction({ ...actionsIo(DEPLOY_INPUTS), ...runnerExtras() }));
