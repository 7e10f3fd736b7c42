import { readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseDemoContent, readDemoFiles } from "./demo-content.js";

type Edit = [path: (string | number)[], value: unknown];

/** The content files as read, with fields of one file set to new values (undefined deletes). */
async function withChange(file: string, ...edits: Edit[]) {
  const raw = await readDemoFiles();
  const target = [raw.organization, ...raw.scenarios].find((f) => f.file === file);
  if (!target) throw new Error(`no content file ${file}`);
  target.data = structuredClone(target.data);
  for (const [path, value] of edits) {
    let node = target.data as Record<string | number, unknown>;
    for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
    const last = path.at(-1) ?? "";
    if (value === undefined) delete node[last];
    else node[last] = value;
  }
  return raw;
}

const problemsOf = (raw: Parameters<typeof parseDemoContent>[0]) => {
  try {
    parseDemoContent(raw);
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error("the content was accepted");
};

describe("demo content files", () => {
  it("are valid: the organisation and all nine scenarios", async () => {
    const content = parseDemoContent(await readDemoFiles());
    expect(content.organization.people).toHaveLength(13);
    expect(content.scenarios.map((s) => s.key)).toEqual([
      "lockdown",
      "evacuation",
      "relocation",
      "active_violence",
      "first_aid",
      "it_outage",
      "fire",
      "threat",
      "utility_outage",
    ]);
  });

  it("are all listed for loading, so none is left out of the seed or the build", async () => {
    const listed = (await readDemoFiles()).scenarios.map((f) => f.file);
    const present = readdirSync(new URL("./content/scenarios/", import.meta.url)).map(
      (name) => `content/scenarios/${name}`,
    );
    expect(listed.toSorted()).toEqual(present.toSorted());
  });

  it("name the file and the field of a value the contract refuses", async () => {
    const raw = await withChange(
      "content/scenarios/lockdown.json",
      [["plan", "cards", 0, "items", 2, "mode"], "sometimes"],
      [["plan", "silent"], undefined],
    );
    const message = problemsOf(raw);
    expect(message).toContain("content/scenarios/lockdown.json: plan.cards[0].items[2].mode:");
    expect(message).toContain("content/scenarios/lockdown.json: plan.silent:");
  });

  it("refuse a plan naming an incident role the organisation does not have", async () => {
    const raw = await withChange("content/scenarios/fire.json", [
      ["plan", "escalation", 0, "roleKey"],
      "janitor",
    ]);
    expect(problemsOf(raw)).toContain(
      'content/scenarios/fire.json: plan.escalation[0].roleKey: There is no incident role "janitor"',
    );
  });

  it("refuse a scenario in a file not named after its key", async () => {
    const raw = await withChange("content/scenarios/threat.json", [["key"], "threats"]);
    expect(problemsOf(raw)).toContain(
      "content/scenarios/threat.json: key: Must match the file name",
    );
  });

  it("refuse staffing at an unknown unit, a unit listed before its parent, and a real number", async () => {
    const raw = await withChange(
      "content/organization.json",
      [["people", 1, "roles", 1, "unit"], "skolan"],
      [["units", 0, "parent"], "husA"],
      [["people", 0, "mobile"], "+46701234567"],
    );
    const message = problemsOf(raw);
    expect(message).toContain(
      'content/organization.json: people[1].roles[1].unit: There is no unit "skolan"',
    );
    expect(message).toContain(
      'content/organization.json: units[0].parent: No unit "husA" is listed above this one',
    );
    expect(message).toContain("content/organization.json: people[0].mobile: Demo numbers must be");
  });

  it("refuse a demo sign-in that belongs to no one who can sign in", async () => {
    const raw = await withChange(
      "content/organization.json",
      [["signIn", "email"], "maria.karlsson@exempelkommun.se"],
      [["people", 2, "canSignIn"], false],
    );
    expect(problemsOf(raw)).toContain("content/organization.json: signIn.email:");
  });
});
