import { CreateScenario } from "@beredd/contracts";
import { z } from "zod";
import { planRoleReferences } from "../scenarios/index.js";
import { DemoOrganization } from "./organization-schema.js";

/**
 * The demo content is data: `content/organization.json` (units, incident roles, people and their
 * staffing) and one scenario template per file in `content/scenarios/`, each the body that
 * `POST /api/v1/scenarios` takes. content/README.md says how to edit them.
 *
 * Each file is imported by a literal path, so that tsc copies it into dist beside this module (a
 * file read by a computed path would be missing from a build), and only when the demo is seeded,
 * so `beredd start` on a real installation never loads them.
 */
const files = {
  organization: () => import("./content/organization.json", { with: { type: "json" } }),
  // In seeding order; the name of each file is the scenario's key.
  scenarios: {
    lockdown: () => import("./content/scenarios/lockdown.json", { with: { type: "json" } }),
    evacuation: () => import("./content/scenarios/evacuation.json", { with: { type: "json" } }),
    relocation: () => import("./content/scenarios/relocation.json", { with: { type: "json" } }),
    active_violence: () =>
      import("./content/scenarios/active_violence.json", { with: { type: "json" } }),
    first_aid: () => import("./content/scenarios/first_aid.json", { with: { type: "json" } }),
    it_outage: () => import("./content/scenarios/it_outage.json", { with: { type: "json" } }),
    fire: () => import("./content/scenarios/fire.json", { with: { type: "json" } }),
    threat: () => import("./content/scenarios/threat.json", { with: { type: "json" } }),
    utility_outage: () =>
      import("./content/scenarios/utility_outage.json", { with: { type: "json" } }),
  },
};

/** A content file as read, before validation: its name under the module and its parsed JSON. */
export interface ContentFile {
  file: string;
  data: unknown;
}

export interface DemoContent {
  organization: DemoOrganization;
  scenarios: CreateScenario[];
}

/** Reads every content file. A file that is not JSON fails here, with the file's path. */
export async function readDemoFiles(): Promise<{
  organization: ContentFile;
  scenarios: ContentFile[];
}> {
  return {
    organization: {
      file: "content/organization.json",
      data: (await files.organization()).default,
    },
    scenarios: await Promise.all(
      Object.entries(files.scenarios).map(async ([key, load]) => ({
        file: `content/scenarios/${key}.json`,
        data: (await load()).default,
      })),
    ),
  };
}

/**
 * Validates the content with the same contracts the API uses, and checks what one file cannot:
 * every role a plan names exists, and each scenario is in the file named after its key. Every
 * problem is reported, each as `file: field: message`, so a broken file is found at once.
 */
export function parseDemoContent(raw: {
  organization: ContentFile;
  scenarios: ContentFile[];
}): DemoContent {
  const problems: string[] = [];
  const report = (file: string, path: PropertyKey[], message: string) =>
    problems.push(`${file}: ${z.core.toDotPath(path) || "(the file)"}: ${message}`);
  const parse = <S extends z.ZodType>(
    schema: S,
    { file, data }: ContentFile,
  ): z.output<S> | undefined => {
    const result = schema.safeParse(data);
    if (result.success) return result.data;
    for (const issue of result.error.issues) report(file, issue.path, issue.message);
    return undefined;
  };

  const organization = parse(DemoOrganization, raw.organization);
  const roleKeys = new Set(organization?.roles.map((r) => r.key));
  const scenarios: CreateScenario[] = [];
  for (const file of raw.scenarios) {
    const scenario = parse(CreateScenario, file);
    if (!scenario) continue;
    scenarios.push(scenario);
    if (file.file !== `content/scenarios/${scenario.key}.json`)
      report(file.file, ["key"], `Must match the file name; this file holds "${scenario.key}"`);
    if (organization)
      for (const { key, path } of planRoleReferences(scenario.plan))
        if (!roleKeys.has(key))
          report(
            file.file,
            ["plan", ...path],
            `There is no incident role "${key}" in content/organization.json`,
          );
  }
  if (!organization || problems.length > 0)
    throw new Error(`The demo content is invalid:\n  ${problems.join("\n  ")}`);
  return { organization, scenarios };
}

export async function loadDemoContent(): Promise<DemoContent> {
  return parseDemoContent(await readDemoFiles());
}
