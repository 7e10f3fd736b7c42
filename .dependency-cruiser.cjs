// Dependency rules: no cycles, modules used only through their index.ts, and the platform layer
// knows nothing of the domain modules.
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: "no-circular",
      severity: "error",
      comment:
        "Import cycles hide initialisation-order bugs; break them with an interface or event.",
      from: {},
      to: { circular: true },
    },
    {
      name: "module-through-index",
      severity: "error",
      comment: "A module is used from outside only through its index.ts.",
      from: { path: "^apps/server/src/modules/([^/]+)/" },
      to: {
        path: "^apps/server/src/modules/([^/]+)/.+",
        pathNot: ["^apps/server/src/modules/$1/", "^apps/server/src/modules/[^/]+/index\\.ts$"],
      },
    },
    {
      name: "outside-through-index",
      severity: "error",
      comment: "Code outside the modules uses a module only through its index.ts.",
      from: { pathNot: "^apps/server/src/modules/" },
      to: {
        path: "^apps/server/src/modules/[^/]+/.+",
        pathNot: "^apps/server/src/modules/[^/]+/index\\.ts$",
      },
    },
    {
      name: "platform-knows-no-domain",
      severity: "error",
      comment: "platform/ is infrastructure; it must not depend on the domain modules.",
      from: { path: "^apps/server/src/platform/" },
      to: { path: "^apps/server/src/modules/" },
    },
    {
      name: "contracts-depend-on-zod-only",
      severity: "error",
      from: { path: "^packages/contracts/" },
      to: { dependencyTypes: ["npm", "npm-dev"], pathNot: "node_modules/zod/" },
    },
    {
      name: "web-not-server",
      severity: "error",
      from: { path: "^apps/web/" },
      to: { path: "^apps/server/" },
    },
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    exclude: { path: "(^|/)dist/" },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: "tsconfig.depcruise.json" },
    enhancedResolveOptions: { exportsFields: ["exports"], conditionNames: ["import", "default"] },
  },
};
