// Every snippet of the built-in knowledge base (assets/catalog/*.json), checked by Backstage's
// own code rather than by our reading of its docs. No browser needed:
//   cd tests/browser && node --test knowledge-snippets.test.mjs
//
// Snippets are rendered the way the core renders them (src/core/src/plan_io.cpp,
// render_snippet_code): {{org_name}} and {{org_slug}} for several organisations — one with an
// apostrophe, one with letters outside Polish — and {{en:…}}{{pl:…}} in both languages.
//
// 1. YAML snippets parse (the `yaml` package, as Backstage's catalog and config loader use it).
// 2. Snippets that are Backstage entities go through the checks the catalog backend applies to
//    an entity read from a catalog-info.yaml (@backstage/plugin-catalog-backend 4.0.5,
//    DefaultCatalogProcessingOrchestrator): envelope schema, placeholders ($text …) resolved,
//    the default entity policies of CatalogBuilder, the full entity schema, the kind validators
//    (BuiltinKindsEntityProcessor, and ScaffolderEntitiesProcessor for Template), and the entity
//    references the processors turn into relations. Scaffolder skeleton files are first rendered
//    the way fetch:template renders them, with the values each template passes.
// 3. app-config snippets are checked as `backstage-cli config:check --lax --strict` checks an
//    app (@backstage/cli-module-config, loadCliConfig): @backstage/config-loader reads them
//    (${VAR} as "x", $include), and the configuration schemas of a fresh app's packages and of
//    every package the plans install — community ones included — validate them with no
//    undeclared keys and schema errors failing. Keys read by packages that ship no schema, or
//    that the npm registry does not serve, are named in NOT_DECLARED, and checked by the
//    package's own code where it can run here (a proxy auth provider builds its sign-in).
//    `integrations` is then read by @backstage/integration as the backend reads it at startup.
// 4. Every npm package a snippet installs or imports is in package-lock.json (so it exists on
//    the registry), is not deprecated there, and exports what the snippet uses: a backend
//    feature as default export for backend.add(import('pkg')), each name of
//    import { X } from 'pkg' (read from the package's type declarations). All offline, from
//    node_modules; packages the registry does not serve are named in NOT_SERVED.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
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

// Organisations the snippets are rendered for, in both languages: the name as the user typed
// it, and the slug the core makes of it (pinned by tests/unit/core/plan_io_test.cpp).
const ORGS = [
  { name: 'Acme Corp', slug: 'acme-corp' },
  { name: 'Zażółć 2024', slug: 'zazolc-2024' },
  { name: "O'Reilly Ops", slug: 'o-reilly-ops' },
  { name: 'Ünïcödé Straße GmbH', slug: 'unicode-strasse-gmbh' },
].flatMap((org) => ['en', 'pl'].map((lang) => ({ ...org, lang, label: `org "${org.name}" (${lang})` })));

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

// render_snippet_code of src/core/src/plan_io.cpp, step by step: one pass over the code; in a
// quoted YAML scalar the name with its punctuation (' & , ( ) + ! / @, the apostrophe doubled
// in single quotes), elsewhere only letters, digits, spaces and . - _; of each
// {{en:…}}{{pl:…}} the language's text.
function codeSafeName(name) {
  const kept = [...name].filter((c) => c.codePointAt(0) >= 0x80 || /[A-Za-z0-9 ._-]/.test(c)).join('').trim();
  return kept === '' ? 'My Company' : kept;
}

function yamlQuotedName(name, quote) {
  const kept = [...name].filter((c) => c.codePointAt(0) >= 0x80 || /[A-Za-z0-9 ._'&,()+!\/@-]/.test(c)).join('').trim();
  if (kept === '') return 'My Company';
  return quote === "'" ? kept.replaceAll("'", "''") : kept;
}

function openYamlQuote(line) {
  let quote = null;
  let previous = ' ';
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (quote === "'") {
      if (c === "'" && line[i + 1] === "'") i++;
      else if (c === "'") quote = null;
    } else if (quote === '"') {
      if (c === '\\') i++;
      else if (c === '"') quote = null;
    } else if (c === '#' && (previous === ' ' || i === 0)) {
      return null;
    } else if ((c === "'" || c === '"') && ' :-[{,?'.includes(previous)) {
      quote = c;
    } else {
      previous = c;
    }
  }
  return quote;
}

function render(code, org, language = 'yaml') {
  let out = '';
  for (let i = 0; i < code.length;) {
    const translated = code.slice(i).match(/^\{\{(en|pl):([^\n]*?)\}\}/);
    if (code.startsWith('{{org_name}}', i)) {
      const quote = language === 'yaml' ? openYamlQuote(out.slice(out.lastIndexOf('\n') + 1)) : null;
      out += quote ? yamlQuotedName(org.name, quote) : codeSafeName(org.name);
      i += '{{org_name}}'.length;
    } else if (code.startsWith('{{org_slug}}', i)) {
      out += org.slug;
      i += '{{org_slug}}'.length;
    } else if (translated) {
      if (translated[1] === org.lang) out += translated[2];
      i += translated[0].length;
    } else {
      out += code[i++];
    }
  }
  return out;
}

const fillOrg = (code, org) => render(code, org);

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
      const name = `with template ${template.variant === null ? 'snippets' : `variants[${template.variant}].snippets`}[${template.index}] (${template.snippet.title.en}), ${org.label}`;
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
  return { renders: ORGS.map((org) => ({ label: org.label, org, text: fillOrg(s.snippet.code, org) })), problems: [] };
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
      // {{name}} or {{xx:…}} (not ${{ … }}, which is Backstage's or GitHub's) left after rendering.
      const problems = [];
      for (const org of ORGS) {
        const left = render(s.snippet.code, org, s.snippet.language).match(/(?<!\$)\{\{[A-Za-z_][\w]*(?::|\}\})/g);
        if (left) problems.push(`${org.label}: unknown placeholder(s) ${[...new Set(left)].join(', ')}`);
      }
      report(s, problems);
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
// 3. app-config as `backstage-cli config:check --lax --strict` checks it

const require = createRequire(import.meta.url);
const browserTestsDir = fileURLToPath(new URL('./', import.meta.url));
const PACKAGE_JSON = JSON.parse(readFileSync(path.join(browserTestsDir, 'package.json'), 'utf8'));
const LOCKFILE = JSON.parse(readFileSync(path.join(browserTestsDir, 'package-lock.json'), 'utf8'));
// The tools of this test, not packages of the app.
const TEST_TOOLS = new Set(['nunjitsu', 'playwright-core', 'yaml']);
// A fresh app's packages (create-app's backend and frontend core) and every package the plans
// install: what `config:check` would collect schemas from in an app that followed the plans.
const APP_PACKAGES = Object.keys(PACKAGE_JSON.dependencies).filter((name) => !TEST_TOOLS.has(name));

// Keys the strict schema cannot judge: the package that reads them ships no schema for them
// (or none at all), or the registry this project's machines reach does not serve it. Each is
// removed before the schema check (* is any provider id).
const NOT_DECLARED = [
  { path: ['catalog', 'providers', 'gitea'], owner: '@backstage/plugin-catalog-backend-module-gitea', why: 'ships no config schema' },
  { path: ['catalog', 'providers', 'bitbucketServer', '*', 'host'], owner: '@backstage/plugin-catalog-backend-module-bitbucket-server', why: 'reads host (BitbucketServerEntityProviderConfig) but its schema omits it' },
  { path: ['catalog', 'providers', 'ldapOrg', '*', 'schedule'], owner: '@backstage/plugin-catalog-backend-module-ldap', why: 'reads schedule (readProviderConfigs) but its schema omits it' },
  { path: ['azureDevOps'], owner: '@backstage-community/plugin-azure-devops-backend', why: 'is not served by the registry' },
  { path: ['explore'], owner: '@backstage-community/plugin-explore-backend', why: 'is not served by the registry' },
  { path: ['permission', 'rbac'], owner: '@backstage-community/plugin-rbac-backend', why: 'is not served by the registry' },
  { path: ['app', 'analytics', 'ga4'], owner: '@backstage-community/plugin-analytics-module-ga4', why: 'is not served by the registry' },
  { path: ['catalog', 'providers', 'azureDevOps'], owner: '@backstage/plugin-catalog-backend-module-azure', why: 'is not served by the registry' },
];

// Keys whose schema accepts what the code rejects, checked by the package's own code: a proxy
// auth provider's settings have no environment level, but auth.providers.<id> is any object
// to the schema (@backstage/plugin-user-settings declares it so).
const RUNTIME_CHECKS = [{ path: ['auth', 'providers', 'oauth2Proxy'], check: proxyProviderProblems }];

const installed = (name) => Boolean(LOCKFILE.packages?.[`node_modules/${name}`]);

// What backstage-cli create-github-app writes (@backstage/cli-module-github): the App's name as a
// comment, then appId, webhookUrl, clientId, clientSecret, webhookSecret and privateKey.
const CREATE_GITHUB_APP_OUTPUT = [
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
].join('\n');

// Stand-ins for the files an app-config snippet $includes: the credentials file of
// create-github-app, github-app-<app-slug>-credentials.yaml (its slug unknown here), without
// the webhookUrl line the step says to delete.
const INCLUDED_FILES = [
  {
    pattern: /^github-app-<app-slug>-credentials\.yaml$/,
    content: CREATE_GITHUB_APP_OUTPUT.replace(/^webhookUrl: .*\n/m, ''),
  },
];
// What a snippet is pasted into: the app-config.yaml of a fresh app (create-app's template,
// the keys its schema requires and those the snippets add to), read before the snippet.
const FRESH_APP_CONFIG = [
  'app:',
  '  title: Scaffolded Backstage App',
  '  baseUrl: http://localhost:3000',
  '  packages: all',
  'organization:',
  '  name: My Company',
  'backend:',
  '  baseUrl: http://localhost:7007',
  '  listen:',
  '    port: 7007',
  '  csp:',
  "    connect-src: [\"'self'\", 'http:', 'https:']",
  '  cors:',
  '    origin: http://localhost:3000',
  '  database:',
  '    client: better-sqlite3',
  '    connection: \':memory:\'',
  'integrations:',
  '  github:',
  '    - host: github.com',
  '      token: ${GITHUB_TOKEN}',
  'techdocs:',
  '  builder: local',
  '  generator:',
  '    runIn: docker',
  '  publisher:',
  '    type: local',
  'auth:',
  '  providers:',
  '    guest: {}',
  'catalog:',
  '  rules:',
  '    - allow: [Component, System, API, Resource, Location]',
  'permission:',
  '  enabled: true',
  '',
].join('\n');

// --lax: every ${VAR} is set ("x", as config:check fills it in).
const substitutionFunc = async () => 'x';

// What auth-backend does with auth.providers.<id> of a proxy provider: the module's own
// registration builds the provider, which reads signIn straight from that key.
async function proxyProviderProblems(providerConfig, providerId) {
  const feature = backendFeature(require('@backstage/plugin-auth-backend-module-oauth2-proxy-provider'));
  const registered = [];
  for (const registration of feature.getRegistrations()) {
    await registration.init.func({ providers: { registerProvider: (provider) => registered.push(provider) } });
  }
  const provider = registered.find((p) => p.providerId === providerId);
  if (!provider) return [`the module registers no provider ${providerId}`];
  try {
    provider.factory({
      providerId,
      config: new ConfigReader(providerConfig, `auth.providers.${providerId}`),
      resolverContext: {},
      globalConfig: { baseUrl: 'http://localhost:7007/api/auth', appUrl: 'http://localhost:3000', isOriginAllowed: () => true },
    });
    return [];
  } catch (error) {
    return [message(error)];
  }
}

// backend.add(import('pkg')) of a CommonJS package: the default export, as the backend unwraps it.
function backendFeature(mod) {
  let feature = mod;
  while (feature && feature.$$type === undefined && 'default' in feature) feature = feature.default;
  return feature;
}

// Removes keyPath (* matches any key) from data, and the objects it leaves empty; returns the
// values removed.
function takeOut(data, keyPath) {
  if (!data || typeof data !== 'object' || Array.isArray(data)) return [];
  const [key, ...rest] = keyPath;
  const keys = key === '*' ? Object.keys(data) : key in data ? [key] : [];
  const taken = [];
  for (const k of keys) {
    if (rest.length === 0) {
      taken.push(data[k]);
      delete data[k];
      continue;
    }
    taken.push(...takeOut(data[k], rest));
    if (data[k] && typeof data[k] === 'object' && Object.keys(data[k]).length === 0) delete data[k];
  }
  return taken;
}

let strictSchema;
async function appConfigSchema() {
  strictSchema ??= await loadConfigSchema({ dependencies: APP_PACKAGES, noUndeclaredProperties: true });
  return strictSchema;
}

// The problems config:check --lax --strict finds in one app-config text pasted into a fresh
// app's, with the checks of NOT_DECLARED; `used` collects the NOT_DECLARED entries it needed.
async function appConfigProblems(text, fileName = 'app-config.yaml', used = new Set(), notDeclared = NOT_DECLARED) {
  const here = mkdtempSync(path.join(tmpdir(), 'kickstart-config-'));
  try {
    return await appConfigProblemsIn(here, text, fileName, used, notDeclared);
  } finally {
    rmSync(here, { recursive: true, force: true });
  }
}

async function appConfigProblemsIn(here, text, fileName, used, notDeclared) {
  const schema = await appConfigSchema();
  const problems = [];
  const file = path.join(here, fileName);
  writeFileSync(file, text);
  const freshApp = path.join(here, 'fresh-app-config.yaml');
  writeFileSync(freshApp, FRESH_APP_CONFIG);
  for (const m of text.matchAll(/\$include:\s*['"]?([^\s'"]+)/g)) {
    const stand = INCLUDED_FILES.find((f) => f.pattern.test(m[1]));
    if (stand) writeFileSync(path.join(here, m[1]), stand.content);
    else problems.push(`$include of ${m[1]}, which is not the file create-github-app writes (github-app-<app-slug>-credentials.yaml)`);
  }
  if (problems.length) return problems;
  try {
    const configs = [];
    for (const at of [freshApp, file]) {
      const source = FileConfigSource.create({ path: at, watch: false, substitutionFunc });
      let read = [];
      for await (const { configs: loaded } of source.readConfigData()) read = loaded;
      configs.push(...read);
    }
    for (const { path: keyPath, check } of RUNTIME_CHECKS) {
      const value = keyPath.reduce((node, k) => node?.[k], ConfigReader.fromConfigs(configs).getOptional());
      if (value !== undefined) problems.push(...(await check(value, keyPath.at(-1))).map((p) => `${keyPath.join('.')}: ${p}`));
    }
    for (const config of configs) {
      for (const entry of notDeclared) {
        if (takeOut(config.data, entry.path).length) used.add(entry);
      }
    }
    const processed = schema.process(configs, { visibility: ['frontend', 'backend', 'secret'], withDeprecatedKeys: true });
    for (const { key, description } of processed.flatMap((c) => c.deprecatedKeys ?? [])) {
      // A deprecated const in one branch of an anyOf marks the key whatever its value; advice
      // to use the value the key already has is that, not a deprecation.
      const value = key.split(/\.|\[|\]/).filter(Boolean).reduce((node, k) => node?.[k], ConfigReader.fromConfigs(configs).get());
      if (typeof value === 'string' && description.includes(`\`${value}\``)) continue;
      problems.push(`deprecated key ${key}: ${description}`);
    }
    // What every backend plugin that reads from source control does with `integrations`.
    if (processed.some((c) => c.data?.integrations)) ScmIntegrations.fromConfig(ConfigReader.fromConfigs(processed));
  } catch (error) {
    problems.push(message(error));
  }
  return problems;
}

describe('app-config snippets pass config:check --lax --strict over the packages the plans install', () => {
  const used = new Set();

  test('the schema is strict and covers the keys the snippets use', async () => {
    const schema = await appConfigSchema();
    const declared = new Set(schema.serialize().schemas.map((s) => s.packageName));
    for (const name of ['@backstage/backend-defaults', '@backstage/core-app-api', '@backstage/plugin-catalog-backend-module-github',
      '@backstage/plugin-auth-backend-module-github-provider', '@backstage/plugin-kubernetes-backend', '@backstage/plugin-techdocs-backend',
      '@backstage-community/plugin-jenkins-backend', '@backstage/plugin-catalog-backend-module-bitbucket-cloud']) {
      assert.ok(declared.has(name), `no schema from ${name}`);
    }
    assert.match((await appConfigProblems('app:\n  titel: typo\n')).join('\n'), /must NOT have additional properties/);
  });

  test('NOT_DECLARED names only keys the strict schema rejects', async () => {
    for (const entry of NOT_DECLARED) {
      // The key alone, under a provider id where the path has *, checked without its entry.
      const yamlPath = entry.path.map((k) => (k === '*' ? 'main' : k));
      const text = yamlPath.map((k, i) => `${'  '.repeat(i)}${k}:`).join('\n') + `\n${'  '.repeat(yamlPath.length)}probe: x\n`;
      const problems = (await appConfigProblems(text, 'app-config.yaml', new Set(), NOT_DECLARED.filter((e) => e !== entry))).join('\n');
      assert.match(problems, /must NOT have additional properties|must match/, `${entry.path.join('.')} is declared now: check it by the schema (${entry.owner})`);
      if (entry.why.includes('not served')) assert.ok(!installed(entry.owner), `${entry.owner} is installed now`);
    }
  });

  for (const s of SNIPPETS.filter(isAppConfig)) {
    test(where(s), async () => {
      const problems = [];
      for (const org of ORGS) {
        const text = fillOrg(s.snippet.code, org);
        if (yamlProblems(text).some((p) => p.startsWith('YAML error'))) continue;  // reported above
        for (const p of await appConfigProblems(text, path.posix.basename(s.snippet.file), used)) problems.push(`${org.label}: ${p}`);
      }
      report(s, problems);
    });
  }

  test('every NOT_DECLARED entry is still needed by some snippet', () => {
    const unused = NOT_DECLARED.filter((entry) => !used.has(entry)).map((entry) => entry.path.join('.'));
    assert.deepEqual(unused, []);
  });
});

// The defects this check exists for, as they were once written: it must reject each.
describe('config:check catches what a pasted snippet would break on', () => {
  test('a proxy auth provider with an environment level', async () => {
    const old = 'auth:\n  environment: development\n  providers:\n    oauth2Proxy:\n      development:\n        signIn:\n          resolvers:\n            - resolver: forwardedUserMatchingUserEntityName\n';
    assert.match((await appConfigProblems(old)).join('\n'), /No sign-in resolver configured for proxy auth provider 'oauth2Proxy'/);
  });
  test('a Bitbucket Cloud discovery key the provider does not have', async () => {
    const old = "catalog:\n  providers:\n    bitbucketCloud:\n      main:\n        workspace: 'acme'\n        level: project\n";
    assert.match((await appConfigProblems(old)).join('\n'), /must NOT have additional properties/);
  });
  test('the credentials file as create-github-app writes it', async () => {
    const here = mkdtempSync(path.join(tmpdir(), 'kickstart-config-'));
    try {
      writeFileSync(path.join(here, 'github-app-acme-backstage-credentials.yaml'), CREATE_GITHUB_APP_OUTPUT);
      const snippet = 'integrations:\n  github:\n    - host: github.com\n      apps:\n        - $include: github-app-acme-backstage-credentials.yaml\n';
      writeFileSync(path.join(here, 'app-config.yaml'), snippet);
      const source = FileConfigSource.create({ path: path.join(here, 'app-config.yaml'), watch: false, substitutionFunc });
      let configs = [];
      for await (const { configs: read } of source.readConfigData()) configs = read;
      const schema = await appConfigSchema();
      const fresh = { data: parseAllDocuments(FRESH_APP_CONFIG)[0].toJSON(), context: 'fresh' };
      assert.throws(() => schema.process([fresh, ...configs], { visibility: ['frontend', 'backend', 'secret'] }), /additionalProperty=webhookUrl/);
    } finally {
      rmSync(here, { recursive: true, force: true });
    }
  });
  test('a guessed create-github-app credentials file', async () => {
    const old = 'integrations:\n  github:\n    - host: github.com\n      apps:\n        - $include: github-app-backstage-credentials.yaml\n';
    assert.match((await appConfigProblems(old)).join('\n'), /not the file create-github-app writes/);
  });
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

// A CI file whose top-level key is a Backstage one (a GitLab job called techdocs:) reads as
// Backstage config to every tool that guesses a YAML file's kind by its keys.
const isCiFile = (s) => ['.gitlab-ci.yml', 'azure-pipelines.yml'].includes(s.snippet.file) || s.snippet.file.startsWith('.github/workflows/');
const ciTopLevelProblems = (text) =>
  parseAllDocuments(text).flatMap((doc) => Object.keys(doc.toJSON() ?? {})).filter((key) => KNOWN_TOP_LEVEL_KEYS.has(key))
    .map((key) => `top-level key ${key}: is a Backstage config key`);

describe('CI snippets do not look like Backstage config', () => {
  test('a GitLab job named techdocs is caught', () => {
    assert.deepEqual(ciTopLevelProblems('techdocs:\n  script:\n    - techdocs-cli generate\n'), ['top-level key techdocs: is a Backstage config key']);
  });
  for (const s of SNIPPETS.filter(isCiFile)) {
    test(where(s), () => report(s, ciTopLevelProblems(fillOrg(s.snippet.code, ORGS[0]))));
  }
});

// Keys a discovery step names in its prose ("filters.projectKey", "level: project") must be
// keys of that provider: a key the schema does not have is rejected by a strict check.
const PROVIDER_KEY = /\n  providers:\n    (\w+):\n/;
function namedKeys(text) {
  const keys = new Set();
  // "key: value" where the value is one word ("level: project."), and camelCase or dotted names.
  for (const m of text.replaceAll(/https?:\/\/\S+/g, '').matchAll(/(?<![\w./-])([a-z][A-Za-z]*(?:\.[a-z][A-Za-z]*)*)(?=: [a-z][\w-]*(?:[.,;)]|$))|(?<![\w./-])([a-z]+[A-Z][A-Za-z]*|[a-z]+\.[a-z][A-Za-z]*)(?![\w/-])/gm)) {
    keys.add((m[1] ?? m[2]).split('.').at(-1));
  }
  return keys;
}
function schemaPropertyNames(node, names = new Set()) {
  if (!node || typeof node !== 'object') return names;
  for (const [key, value] of Object.entries(node.properties ?? {})) {
    names.add(key);
    schemaPropertyNames(value, names);
  }
  for (const key of ['additionalProperties', 'items']) schemaPropertyNames(node[key], names);
  for (const key of ['anyOf', 'oneOf', 'allOf']) for (const branch of node[key] ?? []) schemaPropertyNames(branch, names);
  return names;
}
async function providerKeys(provider) {
  const names = new Set();
  for (const { value } of (await appConfigSchema()).serialize().schemas) {
    schemaPropertyNames(value?.properties?.catalog?.properties?.providers?.properties?.[provider], names);
  }
  return names;
}
const scmOf = (when) => when?.question === 'scm' ? when.is : when?.all?.find((c) => c.question === 'scm' && c.is)?.is;

describe('discovery steps name only keys their provider has', () => {
  const discovery = SNIPPETS.find((s) => s.action.id === 'catalog-discovery').action;
  const scms = [...new Set(discovery.variants.map((v) => scmOf(v.when)).filter(Boolean))];
  test('a key the provider does not have is caught', async () => {
    const keys = await providerKeys('bitbucketCloud');
    const unknown = [...namedKeys('filters.projectKey narrows the scan. Large workspaces may need level: project.')].filter((k) => !keys.has(k));
    assert.deepEqual(unknown, ['level']);
  });
  for (const scm of scms) {
    test(`catalog-discovery, ${scm}`, async (t) => {
      const variants = discovery.variants.filter((v) => scmOf(v.when) === scm);
      const config = variants.flatMap((v) => v.snippets ?? []).find((s) => s.file === 'app-config.yaml');
      const provider = config.code.match(PROVIDER_KEY)[1];
      const keys = await providerKeys(provider);
      if (keys.size === 0) {
        const entry = NOT_DECLARED.find((e) => e.path.join('.') === `catalog.providers.${provider}`);
        assert.ok(entry, `no schema for catalog.providers.${provider}`);
        t.diagnostic(`not checked: ${entry.owner} ${entry.why}`);
        return;
      }
      const prose = variants.flatMap((v) => v.steps?.en ?? []).join('\n');
      const unknown = [...namedKeys(prose)].filter((key) => !keys.has(key));
      assert.deepEqual(unknown, [], `keys the ${provider} provider does not have`);
    });
  }
});

// ---------------------------------------------------------------------------------------------
// 4. npm packages: in the lockfile, not deprecated, exporting what the snippets use

// Packages the registry this project's machines reach does not serve (or serves without the
// versions of their dependencies they need): they cannot be installed, so nothing here checks
// them; checked by hand on npmjs.com when they were written into the knowledge base.
const NOT_SERVED = new Set([
  '@backstage-community/plugin-analytics-module-ga4',
  '@backstage-community/plugin-announcements',
  '@backstage-community/plugin-announcements-backend',
  '@backstage-community/plugin-azure-devops-backend',
  '@backstage-community/plugin-confluence',
  '@backstage-community/plugin-explore',
  '@backstage-community/plugin-explore-backend',
  '@backstage-community/plugin-rbac-backend',
  '@backstage/plugin-catalog-backend-module-azure',
  '@circleci/backstage-plugin',
]);

const packageName = (spec) => spec.split('/').slice(0, spec.startsWith('@') ? 2 : 1).join('/');

// What each snippet installs and imports: { installs: [name], features: [spec], named: [{ spec, names }] }.
function packagesOf(code) {
  const installs = [];
  for (const m of code.matchAll(/(?:yarn (?:--cwd \S+ )?add|npm install -g) ([^\n#]+)/g)) {
    installs.push(...m[1].trim().split(/\s+/).filter((word) => !word.startsWith('-')));
  }
  const features = [...code.matchAll(/backend\.add\(import\('([^']+)'\)\)/g)].map((m) => m[1]);
  const named = [...code.matchAll(/import\s*\{([^}]*)\}\s*from\s*'([^']+)'/g)]
    .map((m) => ({ spec: m[2], names: m[1].split(',').map((n) => n.trim()).filter(Boolean) }));
  const added = [...code.matchAll(/backend\.add\((\w+)\)/g)].map((m) => m[1]);
  return { installs, features, named, added };
}

const PACKAGE_SNIPPETS = SNIPPETS.map((s) => ({ s, ...packagesOf(s.snippet.code) }))
  .filter((p) => p.installs.length || p.features.length || p.named.length);

// Named exports of a package as its type declarations give them (frontend packages cannot be
// loaded in Node without React): TypeScript reports each missing one.
function missingExports(imports) {
  const ts = require('typescript');
  const file = path.join(browserTestsDir, '__snippet_imports__.ts');
  const source = imports.map(({ spec, names }, i) => `import { ${names.map((n) => `${n} as _${i}_${n}`).join(', ')} } from '${spec}';`).join('\n');
  const host = ts.createCompilerHost({});
  const readFile = host.readFile;
  host.readFile = (f) => (path.resolve(f) === file ? source : readFile(f));
  host.fileExists = ((exists) => (f) => path.resolve(f) === file || exists(f))(host.fileExists);
  const program = ts.createProgram([file], {
    module: ts.ModuleKind.ESNext, moduleResolution: ts.ModuleResolutionKind.Bundler, target: ts.ScriptTarget.ES2022,
    noEmit: true, skipLibCheck: true, types: [], jsx: ts.JsxEmit.ReactJSX,
  }, host);
  return ts.getPreEmitDiagnostics(program, program.getSourceFile(file))
    .filter((d) => [2305, 2307, 2614, 2724, 2792].includes(d.code))
    .map((d) => ts.flattenDiagnosticMessageText(d.messageText, ' '));
}

// The lockfile's word on each package: absent (the registry has no such package) or deprecated.
function lockfileProblems(names, lockfile = LOCKFILE) {
  const problems = [];
  for (const name of names) {
    const locked = lockfile.packages[`node_modules/${name}`];
    if (!locked) problems.push(`${name}: not in package-lock.json (add it to tests/browser/package.json)`);
    else if (locked.deprecated) problems.push(`${name}@${locked.version} is deprecated: ${locked.deprecated}`);
  }
  return problems;
}

describe('npm packages the snippets install and import', () => {
  test('a deprecated or unknown package and a missing export are caught', () => {
    // npm writes "deprecated" into the lockfile for a deprecated version, as here for a package
    // that moved to the community scope.
    const lockfile = { packages: { 'node_modules/@backstage/plugin-explore': { version: '0.5.4', deprecated: 'moved to @backstage-community/plugin-explore' } } };
    assert.match(lockfileProblems(['@backstage/plugin-explore'], lockfile).join('\n'), /@backstage\/plugin-explore@0.5.4 is deprecated/);
    assert.ok(Object.values(LOCKFILE.packages).some((p) => p.deprecated), 'the real lockfile records deprecations too');
    assert.match(lockfileProblems(['@backstage/plugin-no-such-thing']).join('\n'), /not in package-lock.json/);
    assert.match(missingExports([{ spec: '@backstage/core-plugin-api', names: ['githubAuthApiReff'] }]).join('\n'), /githubAuthApiReff/);
  });

  test('NOT_SERVED lists only packages that are not installed and that a snippet uses', () => {
    const used = new Set(PACKAGE_SNIPPETS.flatMap((p) => [...p.installs, ...p.features, ...p.named.map((n) => n.spec)].map(packageName)));
    for (const name of NOT_SERVED) {
      assert.ok(!installed(name), `${name} is installed: check it and remove it from NOT_SERVED`);
      assert.ok(used.has(name), `no snippet uses ${name}`);
    }
  });

  for (const p of PACKAGE_SNIPPETS) {
    test(where(p.s), () => {
      const problems = [];
      const names = new Set([...p.installs, ...p.features, ...p.named.map((n) => n.spec)].map(packageName));
      problems.push(...lockfileProblems([...names].filter((name) => !NOT_SERVED.has(name))));
      for (const spec of p.features.filter((f) => !NOT_SERVED.has(packageName(f)) && installed(packageName(f)))) {
        try {
          const feature = backendFeature(require(spec));
          if (feature?.$$type !== '@backstage/BackendFeature') problems.push(`${spec}: its default export is not a backend feature`);
        } catch (error) {
          problems.push(`${spec}: cannot be loaded: ${message(error)}`);
        }
      }
      const named = p.named.filter((n) => !NOT_SERVED.has(packageName(n.spec)) && installed(packageName(n.spec)));
      problems.push(...missingExports(named));
      // backend.add(someName): an imported backend feature.
      for (const name of p.added) {
        const from = named.find((n) => n.names.includes(name));
        if (!from) continue;
        const feature = require(from.spec)[name];
        if (feature?.$$type !== '@backstage/BackendFeature') problems.push(`${from.spec}: ${name} is not a backend feature`);
      }
      report(p.s, problems);
    });
  }
});
