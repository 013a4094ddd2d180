import { createRequire as __rayserviceCiRequire } from 'node:module'; const require = __rayserviceCiRequire(import.meta.url);
import {
  DEPLOY_INPUTS,
  deployPostAction,
  runnerExtras
} from "../chunks/chunk-NHLXCFOT.js";
import "../chunks/chunk-HTBTRPLF.js";
import "../chunks/chunk-TTQN4OPH.js";
import "../chunks/chunk-JEKGXCL6.js";
import "../chunks/chunk-65SL3IB2.js";
import {
  actionsIo,
  runAction
} from "../chunks/chunk-RZGWILNY.js";
import "../chunks/chunk-NOESHEPS.js";
import "../chunks/chunk-VFIRZ5NL.js";
import "../chunks/chunk-S5ZBFXNU.js";

// src/actions/deploy/post.ts
runAction(() => deployPostAction({ ...actionsIo(DEPLOY_INPUTS), ...runnerExtras() }));
