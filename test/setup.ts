import { loadAllPolicies } from "../src/engine";

// The engine computes synchronously once a policy's rules are loaded; tests load them all up front.
beforeAll(() => loadAllPolicies());
