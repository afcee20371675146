// Every snippet of the built-in knowledge base (assets/catalog/*.json), checked by Backstage's
// own code rather than by our reading of its docs. No browser needed:
//   cd tests/browser && node --test knowledge-snippets.test.mjs
//
// 1. YAML snippets parse (the `yaml` package, as Backstage's catalog and config loader use it),
//    with {{org_name}} / {{org_slug}} filled in for several organisations.
// 2. Snippets that are Backstage entities go through the checks the catalog backend applies to
//    an entity read from a catalog-info.yaml (@backstage/plugin-catalog-backend 4.0.5,
//    DefaultCatalogProcessingOrchestrator): envelope schema, placeholders ($text …) resolved,
//    the default entity policies of CatalogBuilder, the full entity schema, the kind validators
//    (BuiltinKindsEntityProcessor, and ScaffolderEntitiesProcessor for Template), and the entity
//    references the processors turn into relations. Scaffolder skeleton files are first rendered
//    the way fetch:template renders them, with the values each template passes.
// 3. app-config snippets are read by @backstage/config-loader (FileConfigSource: ${VAR}, $include)
//    and validated against the configuration schema of the Backstage packages installed here;
//    `integrations` is then read by @backstage/integration as the backend reads it at startup.
//    Only @backstage/integration and @backstage/plugin-permission-common are installed (the
//    backend plugins that own the other keys weigh hundreds of MB), so keys of other packages
//    are not checked; the schema allows keys it does not declare.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseAllDocuments } from 'yaml';
import {
  DefaultNamespaceEntityPolicy,
  EntityPolicies,
  FieldFormatEntityPolicy,
  NoForeignRootFieldsEntityPolicy,
  SchemaValidEntityPolicy,
  apiEntityV1alpha1Validator,
  componentEntityV1alpha1Validator,
  domainEntityV1alpha1Validator,
  entityEnvelopeSchemaValidator,
  entitySchemaValidator,
  groupEntityV1alpha1Validator,
  locationEntityV1alpha1Validator,
  makeValidator,
  parseEntityRef,
  resourceEntityV1alpha1Validator,
  stringifyEntityRef,
  systemEntityV1alpha1Validator,
  userEntityV1alpha1Validator,
} from '@backstage/catalog-model';
import { templateEntityV1beta3Validator } from '@backstage/plugin-scaffolder-common';
import { FileConfigSource, loadConfigSchema } from '@backstage/config-loader';
import { ConfigReader } from '@backstage/config';
import { ScmIntegrations } from '@backstage/integration';
import { createTemplateRenderer } from 'nunjitsu';

// ---------------------------------------------------------------------------------------------
// The snippets

const catalogDir = fileURLToPath(new URL('../../assets/catalog/', import.meta.url));

// Organisations the snippets are rendered for: {{org_name}} as the app writes it (letters,
// digits, spaces and . - _ survive), {{org_slug}} its lower-case hyphenated form.
const ORGS = [
  { name: 'Acme Corp', slug: 'acme-corp' },
  { name: 'Zażółć 2024', slug: 'zazolc-2024' },
];

function loadSnippets() {
  const snippets = [];
  for (const file of readdirSync(catalogDir).filter((f) => f.endsWith('.json')).sort()) {
    const json = JSON.parse(readFileSync(path.join(catalogDir, file), 'utf8'));
    for (const action of json.actions ?? []) {
      const add = (list, variant) =>
        (list ?? []).forEach((snippet, index) => snippets.push({ file, action, variant, index, snippet }));
      add(action.snippets, null);
      (action.variants ?? []).forEach((variant, v) => add(variant.snippets, v));
    }
  }
  return snippets;
}

const SNIPPETS = loadSnippets();

function where(s) {
  const variant = s.variant === null ? 'snippets' : `variants[${s.variant}].snippets`;
  const title = s.snippet.title?.en ?? JSON.stringify(s.snippet.title);
  return `${s.file} › action "${s.action.id}" › ${variant}[${s.index}] "${title}" (${s.snippet.file})`;
}

function fillOrg(code, org) {
  return code.replaceAll('{{org_name}}', org.name).replaceAll('{{org_slug}}', org.slug);
}

const isYaml = (s) => s.snippet.language === 'yaml';
const isSkeleton = (s) => s.snippet.file.split('/').includes('skeleton');
const isAppConfig = (s) => isYaml(s) && /^app-config(\.[\w-]+)?\.ya?ml$/.test(path.posix.basename(s.snippet.file));
const looksLikeEntityFile = (s) =>
  ['catalog-info.yaml', 'catalog-info.yml', 'template.yaml', 'template.yml'].includes(path.posix.basename(s.snippet.file));
const isBackstageApiVersion = (v) => typeof v === 'string' && /^([\w-]+\.)*backstage\.io\//.test(v);

// Fails with every problem found, naming the snippet.
function report(s, problems) {
  if (problems.length) assert.fail(`${where(s)}\n  - ${problems.join('\n  - ')}`);
}

// ---------------------------------------------------------------------------------------------
// Scaffolder: what fetch:template makes of a skeleton file (plugin-scaffolder-backend 4.3.0:
// NunjucksWorkflowRunner renders the step input, templateActionHandler renders each file; both
// with nunjitsu and allowRegexExecution).

const renderer = createTemplateRenderer({ allowRegexExecution: true });

// What a user can enter in the template's form: everything, and only the required fields.
const PARAMETER_CASES = [
  {
    label: 'all fields filled in, description with YAML-special characters',
    parameters: (org) => ({
      name: 'orders-service',
      description: 'Takes orders: card, invoice & "pay later" #1',
      owner: 'group:default/team-orders',
      repoUrl: `github.com?owner=${org.slug}&repo=orders-service`,
    }),
  },
  {
    label: 'optional fields left empty',
    parameters: (org) => ({
      name: 'orders-service',
      owner: 'group:default/team-orders',
      repoUrl: `github.com?owner=${org.slug}&repo=orders-service`,
    }),
  },
];

// NunjucksWorkflowRunner.render: every string of the step input rendered as a JSON value.
function renderStepInput(input, context) {
  const prepared = renderer.prepareContext(context);
  return JSON.parse(JSON.stringify(input), (_key, value) =>
    typeof value === 'string' ? renderer.renderValue(value, prepared, { coercion: 'json' }) : value);
}

// The template.yaml snippets of the skeleton's action, each with its fetch:template step.
function templatesFor(skeleton) {
  return SNIPPETS.filter((s) => s.action === skeleton.action && path.posix.basename(s.snippet.file) === 'template.yaml');
}

// Renders a skeleton snippet for every template of its action, org and parameter case.
function renderSkeleton(skeleton) {
  const renders = [];
  const problems = [];
  const templates = templatesFor(skeleton);
  if (templates.length === 0) problems.push('a scaffolder skeleton file, but its action has no template.yaml snippet');
  for (const template of templates) {
    for (const org of ORGS) {
      const docs = parseAllDocuments(fillOrg(template.snippet.code, org));
      const entity = docs[0]?.toJS?.();
      const fetch = entity?.spec?.steps?.find?.((step) => step.action === 'fetch:template');
      const name = `with template ${template.variant === null ? 'snippets' : `variants[${template.variant}].snippets`}[${template.index}] (${template.snippet.title.en}), org "${org.name}"`;
      if (!fetch) {
        problems.push(`${name}: the template has no fetch:template step`);
        continue;
      }
      const skeletonDir = path.posix.dirname(skeleton.snippet.file);
      const fetched = path.posix.join(path.posix.dirname(template.snippet.file), String(fetch.input?.url ?? ''));
      if (!skeletonDir.startsWith(fetched)) {
        problems.push(`${name}: fetch:template reads ${fetch.input?.url}, which is not where the skeleton lives (${skeletonDir})`);
      }
      for (const { label, parameters } of PARAMETER_CASES) {
        try {
          const input = renderStepInput(fetch.input ?? {}, { parameters: parameters(org), steps: {}, user: {} });
          const text = renderer.render(fillOrg(skeleton.snippet.code, org), renderer.prepareContext({ values: input.values ?? {} }));
          renders.push({ label: `${name}, ${label}`, org, text });
        } catch (error) {
          problems.push(`${name}, ${label}: fetch:template cannot render it: ${error.message}`);
        }
      }
    }
  }
  return { renders, problems };
}

// The texts a YAML snippet becomes: once per org, or once per render for a skeleton.
// Returns { renders: [{ label, org, text }], problems: [...] }.
function renderedTexts(s) {
  if (isSkeleton(s)) return renderSkeleton(s);
  return { renders: ORGS.map((org) => ({ label: `org "${org.name}"`, org, text: fillOrg(s.snippet.code, org) })), problems: [] };
}

function yamlProblems(text) {
  const problems = [];
  for (const doc of parseAllDocuments(text, { prettyErrors: true })) {
    for (const e of doc.errors) problems.push(`YAML error: ${e.message}`);
    for (const w of doc.warnings) problems.push(`YAML warning: ${w.message}`);
  }
  return problems;
}

// ---------------------------------------------------------------------------------------------
// 1. Placeholders and YAML

describe('placeholders', () => {
  for (const s of SNIPPETS) {
    test(where(s), () => {
      // {{name}} (not ${{ … }}, which is Backstage's or GitHub's) left after filling in the org.
      const left = fillOrg(s.snippet.code, ORGS[0]).match(/(?<!\$)\{\{\s*[A-Za-z_]\w*\s*\}\}/g);
      report(s, left ? [`unknown placeholder(s) ${[...new Set(left)].join(', ')}`] : []);
    });
  }
});

describe('YAML snippets parse', () => {
  for (const s of SNIPPETS.filter(isYaml)) {
    test(where(s), () => {
      const { renders, problems } = renderedTexts(s);
      for (const { label, text } of renders) {
        for (const p of yamlProblems(text)) problems.push(`${label}: ${p}`);
      }
      report(s, problems);
    });
  }
});

// ---------------------------------------------------------------------------------------------
// 2. Backstage entities

const validateEnvelope = entityEnvelopeSchemaValidator();
const validateFullEntity = entitySchemaValidator();
// CatalogBuilder.buildEntityPolicy(), without custom policies or field format validators.
const policy = EntityPolicies.allOf([
  new SchemaValidEntityPolicy(),
  new DefaultNamespaceEntityPolicy(),
  new NoForeignRootFieldsEntityPolicy(),
  new FieldFormatEntityPolicy(makeValidator()),
]);
// BuiltinKindsEntityProcessor's validators, then ScaffolderEntitiesProcessor's.
const KIND_VALIDATORS = [
  apiEntityV1alpha1Validator,
  componentEntityV1alpha1Validator,
  resourceEntityV1alpha1Validator,
  groupEntityV1alpha1Validator,
  locationEntityV1alpha1Validator,
  userEntityV1alpha1Validator,
  systemEntityV1alpha1Validator,
  domainEntityV1alpha1Validator,
  templateEntityV1beta3Validator,
];
// The spec fields the processors parse as entity references (postProcessEntity).
const RELATION_FIELDS = {
  Component: { owner: 'Group', subcomponentOf: 'Component', providesApis: 'API', consumesApis: 'API', dependsOn: null, dependencyOf: null, system: 'System' },
  API: { owner: 'Group', system: 'System' },
  Resource: { owner: 'Group', dependsOn: null, dependencyOf: null, system: 'System' },
  User: { memberOf: 'Group' },
  Group: { parent: 'Group', children: 'Group', members: 'User' },
  System: { owner: 'Group', domain: 'Domain' },
  Domain: { owner: 'Group', subdomainOf: 'Domain' },
  Template: { owner: 'Group' },
};

// PlaceholderProcessor: { $text | $json | $yaml: location } replaced by what it reads.
function resolvePlaceholders(data) {
  if (Array.isArray(data)) return data.map(resolvePlaceholders);
  if (!data || typeof data !== 'object') return data;
  const keys = Object.keys(data);
  if (keys.length === 1 && ['$text', '$json', '$yaml'].includes(keys[0])) {
    const target = data[keys[0]];
    if (typeof target !== 'string') throw new Error(`Placeholder ${keys[0]} expects a string, got ${JSON.stringify(target)}`);
    return keys[0] === '$text' ? `(contents of ${target})` : {};
  }
  return Object.fromEntries(Object.entries(data).map(([k, v]) => [k, resolvePlaceholders(v)]));
}

const message = (error) => [error.message, error.cause?.message].filter(Boolean).join(': ');

// The catalog's processing of one entity read from YAML; returns the problems found.
async function entityProblems(raw) {
  let entity = raw;
  try {
    validateEnvelope(entity);
  } catch (error) {
    return [`Entity envelope failed validation before processing: ${message(error)}`];
  }
  const ref = stringifyEntityRef(entity);
  try {
    entity = resolvePlaceholders(structuredClone(entity));
  } catch (error) {
    return [`${ref}: placeholder: ${message(error)}`];
  }
  try {
    entity = await policy.enforce(entity);
  } catch (error) {
    return [`Policy check failed for ${ref}: ${message(error)}`];
  }
  try {
    validateFullEntity(entity);
  } catch (error) {
    return [`Entity envelope for ${ref} failed validation: ${message(error)}`];
  }
  let recognised = false;
  for (const validator of KIND_VALIDATORS) {
    try {
      if (await validator.check(entity)) recognised = true;
    } catch (error) {
      return [`${ref}: ${message(error)}`];
    }
  }
  if (!recognised) return [`No processor recognized the entity ${ref} as valid, possibly caused by a foreign kind or apiVersion`];
  const problems = [];
  for (const [field, defaultKind] of Object.entries(RELATION_FIELDS[entity.kind] ?? {})) {
    for (const target of [entity.spec?.[field] ?? []].flat()) {
      try {
        parseEntityRef(target, { defaultKind: defaultKind ?? undefined, defaultNamespace: entity.metadata.namespace });
      } catch (error) {
        problems.push(`${ref}: spec.${field} "${target}": ${message(error)}`);
      }
    }
  }
  return problems;
}

function yamlDocuments(text) {
  return parseAllDocuments(text).map((doc) => doc.toJSON()).filter((json) => json !== null);
}

const isEntitySnippet = (s) =>
  isYaml(s) && (looksLikeEntityFile(s) || yamlDocuments(fillOrg(s.snippet.code, ORGS[0])).some((d) => isBackstageApiVersion(d?.apiVersion)));
const ENTITY_SNIPPETS = SNIPPETS.filter(isEntitySnippet);

// A catalog-info.yaml snippet without apiVersion and kind is an excerpt to add to an entity:
// checked merged into the action's first complete entity snippet, or into a plain Component.
const BASE_ENTITY = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: { name: 'payments-api' },
  spec: { type: 'service', lifecycle: 'production', owner: 'team-payments' },
};
const isFragment = (doc) => doc && typeof doc === 'object' && !Array.isArray(doc) && !('apiVersion' in doc) && !('kind' in doc);

function merged(base, extra) {
  if (!base || typeof base !== 'object' || Array.isArray(base) || !extra || typeof extra !== 'object' || Array.isArray(extra)) return extra;
  const out = { ...base };
  for (const [k, v] of Object.entries(extra)) out[k] = merged(base[k], v);
  return out;
}

function baseEntityFor(s, org) {
  for (const other of SNIPPETS.filter((o) => o.action === s.action && o !== s && isYaml(o) && !isSkeleton(o))) {
    const doc = yamlDocuments(fillOrg(other.snippet.code, org)).find((d) => isBackstageApiVersion(d?.apiVersion));
    if (doc) return { entity: doc, from: `"${other.snippet.title.en}"` };
  }
  return { entity: BASE_ENTITY, from: 'a plain Component' };
}

describe('Backstage entities pass the catalog validation', () => {
  test('the knowledge base has entity snippets, templates among them', () => {
    assert.ok(ENTITY_SNIPPETS.length >= 10, `only ${ENTITY_SNIPPETS.length} entity snippets found`);
    assert.ok(ENTITY_SNIPPETS.some((s) => s.snippet.code.includes('kind: Template')), 'no Template snippet found');
  });
  for (const s of ENTITY_SNIPPETS) {
    test(where(s), async () => {
      const { renders, problems } = renderedTexts(s);
      for (const { label, org, text } of renders) {
        if (yamlProblems(text).some((p) => p.startsWith('YAML error'))) continue;  // reported above
        const docs = yamlDocuments(text);
        if (docs.length === 0) problems.push(`${label}: no entity in the snippet`);
        for (const [i, doc] of docs.entries()) {
          const at = docs.length > 1 ? `${label}, document ${i + 1}` : label;
          if (!doc || typeof doc !== 'object' || Array.isArray(doc)) {
            problems.push(`${at}: Expected object at root, got ${Array.isArray(doc) ? 'array' : typeof doc}`);
            continue;
          }
          if (isFragment(doc)) {
            const base = baseEntityFor(s, org);
            for (const p of await entityProblems(merged(base.entity, doc))) problems.push(`${at}, excerpt added to ${base.from}: ${p}`);
            continue;
          }
          for (const p of await entityProblems(doc)) problems.push(`${at}: ${p}`);
        }
      }
      report(s, problems);
    });
  }
});

// ---------------------------------------------------------------------------------------------
// 3. app-config against Backstage's configuration schema

const CONFIG_SCHEMA_PACKAGES = ['@backstage/integration', '@backstage/plugin-permission-common'];

// Stand-ins for the files an app-config snippet $includes, as the tool that writes them does
// (backstage-cli create-github-app: the App's credentials).
const INCLUDED_FILES = [
  {
    pattern: /^github-app-[\w-]+-credentials\.yaml$/,
    content: [
      '# Name: Backstage',
      'appId: 123456',
      'webhookUrl: https://smee.io/abcdef',
      'clientId: Iv1.0123456789abcdef',
      'clientSecret: 0123456789abcdef0123456789abcdef01234567',
      'webhookSecret: 0123456789abcdef',
      'privateKey: |',
      '  -----BEGIN RSA PRIVATE KEY-----',
      '  MIIBOgIBAAJBAKj34GkxFhD90vcNLYLInFEX6Ppy1tPf9Cnzj4p4WGeKLs1Pt8Qu',
      '  -----END RSA PRIVATE KEY-----',
      '',
    ].join('\n'),
  },
];

// ${VAR}: an environment where every variable is set.
const substitutionFunc = async (name) => (/PORT$/.test(name) ? '5432' : `value-of-${name}`);

describe('app-config snippets match the configuration schema', () => {
  let schema;
  let dir;
  let declaredKeys;
  before(async () => {
    schema = await loadConfigSchema({ dependencies: CONFIG_SCHEMA_PACKAGES });
    declaredKeys = new Set(schema.serialize().schemas.flatMap((s) => Object.keys(s.value?.properties ?? {})));
    dir = mkdtempSync(path.join(tmpdir(), 'kickstart-config-'));
  });
  after(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  test('the schema covers the keys it is meant to check', () => {
    for (const key of ['integrations', 'permission']) assert.ok(declaredKeys.has(key), `no schema for ${key}`);
  });

  for (const s of SNIPPETS.filter(isAppConfig)) {
    test(where(s), async () => {
      const problems = [];
      for (const org of ORGS) {
        const text = fillOrg(s.snippet.code, org);
        if (yamlProblems(text).some((p) => p.startsWith('YAML error'))) continue;  // reported above
        const here = mkdtempSync(path.join(dir, 'snippet-'));
        const file = path.join(here, path.posix.basename(s.snippet.file));
        writeFileSync(file, text);
        for (const m of text.matchAll(/\$include:\s*['"]?([^\s'"]+)/g)) {
          const stand = INCLUDED_FILES.find((f) => f.pattern.test(m[1]));
          if (stand) writeFileSync(path.join(here, m[1]), stand.content);
          else problems.push(`org "${org.name}": $include of ${m[1]}, which the test has no stand-in for`);
        }
        try {
          const source = FileConfigSource.create({ path: file, watch: false, substitutionFunc });
          let configs = [];
          for await (const { configs: read } of source.readConfigData()) configs = read;
          const processed = schema.process(configs, { visibility: ['frontend', 'backend', 'secret'], withDeprecatedKeys: true });
          for (const { key, description } of processed.flatMap((c) => c.deprecatedKeys ?? [])) {
            problems.push(`org "${org.name}": deprecated key ${key}: ${description}`);
          }
          // What every backend plugin that reads from source control does with `integrations`.
          if (processed.some((c) => c.data?.integrations)) ScmIntegrations.fromConfig(ConfigReader.fromConfigs(processed));
        } catch (error) {
          problems.push(`org "${org.name}": ${message(error)}`);
        }
      }
      report(s, problems);
    });
  }
});

// The top-level keys of app-config.yaml that Backstage and the plugins this catalog uses
// read; a snippet with any other top-level key would be silently ignored by Backstage.
const KNOWN_TOP_LEVEL_KEYS = new Set([
  'app', 'backend', 'organization', 'integrations', 'proxy', 'techdocs', 'auth', 'scaffolder', 'catalog',
  'kubernetes', 'permission', 'search', 'home', 'jenkins', 'azureDevOps', 'gitlab', 'argocd', 'circleci',
  'explore', 'announcements', 'notifications', 'signals', 'events', 'lighthouse', 'costInsights', 'confluence',
]);

describe('app-config snippets use only known top-level keys', () => {
  for (const s of SNIPPETS.filter(isAppConfig)) {
    test(where(s), () => {
      for (const org of ORGS) {
        for (const doc of parseAllDocuments(fillOrg(s.snippet.code, org))) {
          const json = doc.toJSON();
          if (!json || typeof json !== 'object') continue;
          const unknown = Object.keys(json).filter((key) => !KNOWN_TOP_LEVEL_KEYS.has(key));
          assert.deepEqual(unknown, [], `unknown top-level keys in ${s.snippet.file}`);
        }
      }
    });
  }
});
