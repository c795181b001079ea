// Property tests run with a fixed seed so CI is reproducible; set FC_SEED=random to explore new
// cases locally (a failure prints the seed to replay with FC_SEED=<seed>).
import fc from 'fast-check';
import { guardLoopback } from '../sandbox/loopback-guard.js';

const seed = process.env.FC_SEED;
if (seed !== 'random') fc.configureGlobal({ seed: seed === undefined ? 20261124 : Number(seed) });

// Any request from code under test to a non-loopback host fails loudly (nothing here may reach
// the network; the sandbox is the only GitHub).
guardLoopback();
