// Validates every core Kubernetes object of a built overlay (JSON array on argv[2]) with kubernetes-models, the
// Kubernetes OpenAPI schemas as classes. Prints one line per object: OK, FOUT <message>, or CRD (a custom resource
// of an operator, which these schemas do not cover). Exit code 1 when any object is invalid.
import { readFileSync } from "node:fs";

const objecten = JSON.parse(readFileSync(process.argv[2], "utf8"));
let fout = 0;
for (const o of objecten) {
  const [groep, versie] = o.apiVersion.includes("/") ? o.apiVersion.split("/") : [null, o.apiVersion];
  const naam = `${o.kind}/${o.metadata?.name}`;
  if (groep !== null && groep.includes(".") && !groep.endsWith(".k8s.io")) {
    console.log(`CRD ${o.apiVersion} ${naam}`);
    continue;
  }
  const pad = groep === null ? `kubernetes-models/${versie}` : `kubernetes-models/${groep}/${versie}`;
  try {
    const module = await import(pad);
    const Klasse = module[o.kind];
    if (!Klasse) {
      throw new Error(`no model for ${o.kind} in ${pad}`);
    }
    new Klasse(o).validate();
    console.log(`OK ${o.apiVersion} ${naam}`);
  } catch (e) {
    fout++;
    console.log(`FOUT ${o.apiVersion} ${naam}: ${String(e.message).replace(/\s+/g, " ")}`);
  }
}
process.exit(fout === 0 ? 0 : 1);
