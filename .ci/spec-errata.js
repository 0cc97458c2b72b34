#!/usr/bin/env node
// spec-errata.js IN OUT: writes a copy of the official OpenAPI document with the corrections below, for
// the contract gate. Each one is the same kind of defect spec-check already corrects elsewhere, so it
// is applied the same way; nothing else in the document changes.
//
// - ManagementProjectsTemplatesCampaignsListResponseBody requires 'campaign_template', a property it
//   does not declare and no example carries. spec-check's own 'required-but-undeclared' erratum drops
//   the identical requirement from its /v1 twin, TemplatesCampaignsListResponseBody, but not from
//   this one.
'use strict';
const fs = require('fs');
const [input, output] = process.argv.slice(2);
if (!input || !output) {
  console.error('usage: spec-errata.js IN OUT');
  process.exit(2);
}
const spec = JSON.parse(fs.readFileSync(input, 'utf8'));
const schemas = (spec.components || {}).schemas || {};
const corrections = [['ManagementProjectsTemplatesCampaignsListResponseBody', 'campaign_template']];
for (const [name, property] of corrections) {
  const schema = schemas[name];
  const undeclared = schema && Array.isArray(schema.required) && schema.required.includes(property)
    && !(schema.properties || {})[property];
  if (undeclared) {
    schema.required = schema.required.filter((r) => r !== property);
    console.log(`spec-errata: ${name} no longer requires the undeclared '${property}'`);
  } else {
    console.log(`spec-errata: ${name}.${property} needs no correction in this document`);
  }
}
fs.writeFileSync(output + '.tmp', JSON.stringify(spec));
fs.renameSync(output + '.tmp', output);
