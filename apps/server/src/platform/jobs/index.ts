export { startPoller, type Poller } from "./poller.js";
