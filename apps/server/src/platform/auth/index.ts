export { hasRole, type Actor } from "./actor.js";
export {
  hashPassword,
  randomToken,
  sameSecret,
  tokenHash,
  verifyPassword,
} from "./secrets-hash.js";
