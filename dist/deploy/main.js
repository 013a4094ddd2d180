import { createRequire as __rayserviceCiRequire } from 'node:module'; const require = __rayserviceCiRequire(import.meta.url);
import {
  DEPLOY_INPUTS,
  deployAction,
  runnerExtras
} from "../chunks/chunk-AV3ENB4Y.js";
import "../chunks/chunk-2PJ263OE.js";
import "../chunks/chunk-TTQN4OPH.js";
import "../chunks/chunk-SN5YLZTD.js";
import "../chunks/chunk-65SL3IB2.js";
import {
  actionsIo,
  runAction
} from "../chunks/chunk-RZGWILNY.js";
import "../chunks/chunk-A7D32ENR.js";
import "../chunks/chunk-VFIRZ5NL.js";
import "../chunks/chunk-S5ZBFXNU.js";

// src/actions/deploy/main.ts
runAction(async () => void await deployAction({ ...actionsIo(DEPLOY_INPUTS), ...runnerExtras() }));
