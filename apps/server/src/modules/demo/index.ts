export { seedDemo, type DemoLogin } from "./seed-demo.js";
export { loadDemoContent, type DemoContent } from "./demo-content.js";
