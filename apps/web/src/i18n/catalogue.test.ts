import { describe, expect, it } from "vitest";
import { en } from "./en";
import { sv } from "./sv";

type Tree = { [key: string]: string | Tree };

function entries(tree: Tree, prefix = ""): [string, string][] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === "string" ? [[prefix + key, value]] : entries(value, `${prefix}${key}.`),
  );
}

const variables = (text: string) => [...text.matchAll(/{{\s*(\w+)\s*}}/g)].map((m) => m[1]).sort();

describe("catalogues", () => {
  const svEntries = new Map(entries(sv));
  const enEntries = new Map(entries(en));

  it("have the same keys (the type checks this too)", () => {
    expect([...enEntries.keys()].sort()).toEqual([...svEntries.keys()].sort());
  });

  it("have no empty texts", () => {
    for (const [key, text] of [...svEntries, ...enEntries]) expect(text.trim(), key).not.toBe("");
  });

  it("use the same placeholders in both languages", () => {
    for (const [key, text] of svEntries) {
      expect(variables(enEntries.get(key) ?? ""), key).toEqual(variables(text));
    }
  });
});
