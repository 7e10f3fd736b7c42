export { seedDemo, type DemoLogin } from "./seed-demo.js";
