// JSON Schema (2020-12) of a legal-aid ruleset: what a ruleset served at
// GET /v1/legal-aid/rules must look like before any engine trusts it.

const localizedText = {
  type: 'object',
  required: ['zh-CN', 'en'],
  properties: { 'zh-CN': { type: 'string', minLength: 1 }, en: { type: 'string', minLength: 1 } },
  additionalProperties: false,
} as const;

export const LEGAL_AID_RULESET_SCHEMA = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://plskit.dev/schemas/legal-aid-ruleset.json',
  title: 'LegalAidRuleset',
  type: 'object',
  required: ['id', 'version', 'effectiveFrom', 'regions', 'title', 'sources', 'proceedings', 'formsOfAid', 'criminalRoles', 'circumstances', 'matters', 'economicHardship', 'procedure'],
  additionalProperties: false,
  properties: {
    id: { type: 'string', pattern: '^[a-z0-9][a-z0-9-]*$' },
    version: { type: 'string', pattern: '^\\d+\\.\\d+\\.\\d+$' },
    effectiveFrom: { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$' },
    regions: { type: 'array', minItems: 1, uniqueItems: true, items: { $ref: '#/$defs/region' } },
    title: { $ref: '#/$defs/localizedText' },
    sources: { type: 'array', minItems: 1, items: { $ref: '#/$defs/source' } },
    proceedings: {
      type: 'array', minItems: 1,
      items: {
        type: 'object', required: ['code', 'label'], additionalProperties: false,
        properties: { code: { enum: ['criminal', 'civil', 'administrative', 'non-litigation'] }, label: { $ref: '#/$defs/localizedText' } },
      },
    },
    formsOfAid: {
      type: 'array', minItems: 1,
      items: {
        type: 'object', required: ['code', 'label', 'basis'], additionalProperties: false,
        properties: { code: { type: 'string', pattern: '^[a-z][a-z-]*$' }, label: { $ref: '#/$defs/localizedText' }, basis: { $ref: '#/$defs/legalBasis' } },
      },
    },
    criminalRoles: {
      type: 'array',
      items: {
        type: 'object', required: ['role', 'label', 'reason', 'basis'], additionalProperties: false,
        properties: {
          role: { enum: ['suspect-or-defendant', 'victim', 'private-prosecutor', 'civil-claimant'] },
          label: { $ref: '#/$defs/localizedText' }, reason: { $ref: '#/$defs/localizedText' }, basis: { $ref: '#/$defs/legalBasis' },
        },
      },
    },
    circumstances: {
      type: 'array',
      items: {
        type: 'object', required: ['code', 'effect', 'label', 'reason', 'basis'], additionalProperties: false,
        properties: {
          code: { type: 'string', pattern: '^[a-z][a-z-]*$' },
          effect: { enum: ['authority-notifies', 'no-means-test', 'verification-waived'] },
          label: { $ref: '#/$defs/localizedText' }, reason: { $ref: '#/$defs/localizedText' }, basis: { $ref: '#/$defs/legalBasis' },
          proof: { $ref: '#/$defs/localizedText' },
          matters: { type: 'array', minItems: 1, items: { type: 'string' } },
        },
      },
    },
    matters: {
      type: 'array',
      items: {
        type: 'object', required: ['code', 'label', 'reason', 'basis'], additionalProperties: false,
        properties: {
          code: { type: 'string', pattern: '^[a-z][a-z-]*$' },
          label: { $ref: '#/$defs/localizedText' }, reason: { $ref: '#/$defs/localizedText' }, basis: { $ref: '#/$defs/legalBasis' },
          unverified: { type: 'boolean' },
        },
      },
    },
    economicHardship: {
      type: 'array', minItems: 1,
      items: {
        type: 'object', additionalProperties: false,
        required: ['regions', 'minimumLivingStandard', 'multiple', 'description', 'basis', 'sources', 'unverified', 'configurable'],
        properties: {
          regions: { type: 'array', minItems: 1, items: { $ref: '#/$defs/region' } },
          minimumLivingStandard: { type: 'number', exclusiveMinimum: 0 },
          multiple: { type: 'number', exclusiveMinimum: 0 },
          description: { $ref: '#/$defs/localizedText' },
          basis: { $ref: '#/$defs/legalBasis' },
          sources: { type: 'array', minItems: 1, items: { $ref: '#/$defs/source' } },
          unverified: { type: 'boolean' },
          configurable: { const: true },
        },
      },
    },
    procedure: {
      type: 'object', required: ['whereToApply', 'decisionTime', 'assignmentTime', 'steps', 'documents', 'reasons'], additionalProperties: false,
      properties: {
        whereToApply: {
          type: 'object', required: ['litigation', 'nonLitigation', 'byAuthority'], additionalProperties: false,
          properties: { litigation: { $ref: '#/$defs/citedText' }, nonLitigation: { $ref: '#/$defs/citedText' }, byAuthority: { $ref: '#/$defs/citedText' } },
        },
        decisionTime: { $ref: '#/$defs/decisionTime' },
        assignmentTime: { $ref: '#/$defs/decisionTime' },
        steps: {
          type: 'object',
          required: ['apply', 'apply-from-detention', 'tell-authority-no-defender', 'experienced-lawyer', 'sign-commitment', 'bring-circumstance-proof', 'urgent-aid',
            'objection', 'notary-fee-waiver', 'free-consultation', 'accused-other-reasons', 'duty-lawyer', 'court-may-notify', 'regional-hardship-grounds', 'answer-questions'],
          additionalProperties: {
            type: 'object', required: ['text'], additionalProperties: false,
            properties: { text: { $ref: '#/$defs/localizedText' }, basis: { $ref: '#/$defs/legalBasis' } },
          },
        },
        documents: {
          type: 'object',
          required: ['identity', 'household-register', 'case-documents', 'hardship-declaration', 'commitment-form', 'verification-authorisation', 'circumstance-proof'],
          additionalProperties: {
            type: 'object', required: ['name'], additionalProperties: false,
            properties: { name: { $ref: '#/$defs/localizedText' }, note: { $ref: '#/$defs/localizedText' }, basis: { $ref: '#/$defs/legalBasis' } },
          },
        },
        reasons: {
          type: 'object',
          required: ['region-not-covered', 'means-test-passed', 'means-test-failed', 'means-test-commitment', 'matter-not-covered', 'information-needed'],
          additionalProperties: { $ref: '#/$defs/citedText' },
        },
      },
    },
  },
  $defs: {
    localizedText,
    region: { type: 'string', pattern: '^\\d{6}$' },
    legalBasis: {
      type: 'object', required: ['law', 'article'], additionalProperties: false,
      properties: { law: { type: 'string', minLength: 1 }, article: { type: 'string', minLength: 1 }, title: { $ref: '#/$defs/localizedText' } },
    },
    citedText: {
      type: 'object', required: ['text', 'basis'], additionalProperties: false,
      properties: { text: { $ref: '#/$defs/localizedText' }, basis: { $ref: '#/$defs/legalBasis' } },
    },
    source: {
      type: 'object', required: ['title', 'tag'], additionalProperties: false,
      properties: { title: { type: 'string', minLength: 1 }, url: { type: 'string', pattern: '^https://' }, tag: { enum: ['V', 'V-3p', 'U'] } },
    },
    decisionTime: {
      type: 'object', required: ['days', 'unit', 'text', 'basis'], additionalProperties: false,
      properties: {
        days: { type: 'integer', minimum: 1 }, unit: { enum: ['days', 'working-days'] },
        text: { $ref: '#/$defs/localizedText' }, basis: { $ref: '#/$defs/legalBasis' },
      },
    },
  },
} as const;
