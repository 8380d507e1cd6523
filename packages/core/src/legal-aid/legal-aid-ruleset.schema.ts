// Generated from openapi/public-legal-services.yaml (components.schemas.LegalAidRuleset) by scripts/generate.mjs: never edit by hand;
// change the contract and run `npm run generate` (`npm run lint` fails while this is stale).

/** JSON Schema (2020-12) of a legal-aid ruleset, as the contract states it: what a ruleset must look like before any engine trusts it. */
export const LEGAL_AID_RULESET_SCHEMA = {
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "$id": "https://plskit.dev/schemas/legal-aid-ruleset.json",
  "title": "LegalAidRuleset",
  "type": "object",
  "additionalProperties": false,
  "required": [
    "id",
    "version",
    "effectiveFrom",
    "regions",
    "title",
    "sources",
    "proceedings",
    "formsOfAid",
    "criminalRoles",
    "circumstances",
    "matters",
    "economicHardship",
    "procedure",
    "interview"
  ],
  "properties": {
    "id": {
      "$ref": "#/$defs/Code"
    },
    "version": {
      "type": "string",
      "pattern": "^[0-9]+\\.[0-9]+\\.[0-9]+$",
      "maxLength": 32
    },
    "effectiveFrom": {
      "$ref": "#/$defs/CalendarDate"
    },
    "reviewed": {
      "$ref": "#/$defs/CalendarDate"
    },
    "regions": {
      "type": "array",
      "minItems": 1,
      "uniqueItems": true,
      "items": {
        "$ref": "#/$defs/RegionCode"
      }
    },
    "title": {
      "$ref": "#/$defs/LocalizedText"
    },
    "sources": {
      "type": "array",
      "minItems": 1,
      "items": {
        "$ref": "#/$defs/RulesetSource"
      }
    },
    "proceedings": {
      "type": "array",
      "minItems": 1,
      "items": {
        "$ref": "#/$defs/ProceedingRule"
      }
    },
    "formsOfAid": {
      "type": "array",
      "minItems": 1,
      "items": {
        "$ref": "#/$defs/FormOfAid"
      }
    },
    "criminalRoles": {
      "type": "array",
      "items": {
        "$ref": "#/$defs/CriminalRoleRule"
      }
    },
    "circumstances": {
      "type": "array",
      "items": {
        "$ref": "#/$defs/CircumstanceRule"
      }
    },
    "matters": {
      "type": "array",
      "items": {
        "$ref": "#/$defs/MatterRule"
      }
    },
    "broaderMatters": {
      "type": "array",
      "items": {
        "$ref": "#/$defs/BroaderMatterRule"
      }
    },
    "economicHardship": {
      "type": "array",
      "minItems": 1,
      "items": {
        "$ref": "#/$defs/EconomicHardshipStandard"
      }
    },
    "procedure": {
      "$ref": "#/$defs/LegalAidProcedure"
    },
    "interview": {
      "$ref": "#/$defs/LegalAidInterview"
    }
  },
  "$defs": {
    "BroaderMatterRule": {
      "type": "object",
      "additionalProperties": false,
      "required": [
        "code",
        "label",
        "reason",
        "basis",
        "parts"
      ],
      "properties": {
        "code": {
          "$ref": "#/$defs/Code"
        },
        "label": {
          "$ref": "#/$defs/LocalizedText"
        },
        "reason": {
          "$ref": "#/$defs/LocalizedText"
        },
        "basis": {
          "$ref": "#/$defs/LegalBasis"
        },
        "unverified": {
          "type": "boolean"
        },
        "parts": {
          "type": "array",
          "minItems": 2,
          "items": {
            "$ref": "#/$defs/Code"
          }
        }
      }
    },
    "CalendarDate": {
      "type": "string",
      "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"
    },
    "CircumstanceRule": {
      "type": "object",
      "additionalProperties": false,
      "required": [
        "code",
        "effect",
        "label",
        "reason",
        "basis"
      ],
      "properties": {
        "code": {
          "$ref": "#/$defs/Code"
        },
        "effect": {
          "type": "string",
          "enum": [
            "authority-notifies",
            "no-means-test",
            "verification-waived"
          ]
        },
        "label": {
          "$ref": "#/$defs/LocalizedText"
        },
        "reason": {
          "$ref": "#/$defs/LocalizedText"
        },
        "basis": {
          "$ref": "#/$defs/LegalBasis"
        },
        "proof": {
          "$ref": "#/$defs/LocalizedText"
        },
        "matters": {
          "type": "array",
          "minItems": 1,
          "items": {
            "$ref": "#/$defs/Code"
          }
        }
      }
    },
    "CitedText": {
      "type": "object",
      "required": [
        "text",
        "basis"
      ],
      "properties": {
        "text": {
          "$ref": "#/$defs/LocalizedText"
        },
        "basis": {
          "$ref": "#/$defs/LegalBasis"
        }
      }
    },
    "Code": {
      "type": "string",
      "pattern": "^[a-z0-9]+(-[a-z0-9]+)*$",
      "maxLength": 64
    },
    "CriminalRole": {
      "type": "string",
      "enum": [
        "suspect-or-defendant",
        "victim",
        "private-prosecutor",
        "civil-claimant"
      ]
    },
    "CriminalRoleRule": {
      "type": "object",
      "additionalProperties": false,
      "required": [
        "role",
        "label",
        "reason",
        "basis"
      ],
      "properties": {
        "role": {
          "$ref": "#/$defs/CriminalRole"
        },
        "label": {
          "$ref": "#/$defs/LocalizedText"
        },
        "reason": {
          "$ref": "#/$defs/LocalizedText"
        },
        "basis": {
          "$ref": "#/$defs/LegalBasis"
        }
      }
    },
    "DecisionTime": {
      "type": "object",
      "required": [
        "days",
        "unit",
        "text",
        "basis"
      ],
      "properties": {
        "days": {
          "type": "integer",
          "minimum": 0,
          "maximum": 365
        },
        "unit": {
          "type": "string",
          "enum": [
            "days",
            "working-days"
          ]
        },
        "text": {
          "$ref": "#/$defs/LocalizedText"
        },
        "basis": {
          "$ref": "#/$defs/LegalBasis"
        }
      }
    },
    "EconomicHardshipStandard": {
      "type": "object",
      "additionalProperties": false,
      "required": [
        "regions",
        "minimumLivingStandard",
        "multiple",
        "description",
        "basis",
        "sources",
        "unverified",
        "configurable"
      ],
      "properties": {
        "regions": {
          "type": "array",
          "minItems": 1,
          "items": {
            "$ref": "#/$defs/RegionCode"
          }
        },
        "minimumLivingStandard": {
          "type": "number",
          "exclusiveMinimum": 0,
          "maximum": 1000000
        },
        "multiple": {
          "type": "number",
          "exclusiveMinimum": 0,
          "maximum": 100
        },
        "description": {
          "$ref": "#/$defs/LocalizedText"
        },
        "basis": {
          "$ref": "#/$defs/LegalBasis"
        },
        "sources": {
          "type": "array",
          "minItems": 1,
          "items": {
            "$ref": "#/$defs/RulesetSource"
          }
        },
        "unverified": {
          "type": "boolean"
        },
        "configurable": {
          "type": "boolean",
          "const": true
        }
      }
    },
    "FormOfAid": {
      "type": "object",
      "additionalProperties": false,
      "required": [
        "code",
        "label",
        "basis"
      ],
      "properties": {
        "code": {
          "$ref": "#/$defs/Code"
        },
        "label": {
          "$ref": "#/$defs/LocalizedText"
        },
        "basis": {
          "$ref": "#/$defs/LegalBasis"
        }
      }
    },
    "InterviewQuestion": {
      "type": "object",
      "additionalProperties": false,
      "required": [
        "heading",
        "hint",
        "short"
      ],
      "properties": {
        "heading": {
          "$ref": "#/$defs/LocalizedText"
        },
        "hint": {
          "$ref": "#/$defs/LocalizedText"
        },
        "short": {
          "$ref": "#/$defs/LocalizedText"
        }
      }
    },
    "LegalAidDocument": {
      "type": "object",
      "additionalProperties": false,
      "required": [
        "name"
      ],
      "properties": {
        "name": {
          "$ref": "#/$defs/LocalizedText"
        },
        "note": {
          "$ref": "#/$defs/LocalizedText"
        },
        "basis": {
          "$ref": "#/$defs/LegalBasis"
        }
      }
    },
    "LegalAidInterview": {
      "type": "object",
      "additionalProperties": false,
      "required": [
        "questions",
        "answers"
      ],
      "properties": {
        "questions": {
          "type": "object",
          "additionalProperties": false,
          "required": [
            "proceeding",
            "criminalRole",
            "circumstances",
            "matter",
            "household",
            "commitment"
          ],
          "properties": {
            "proceeding": {
              "$ref": "#/$defs/InterviewQuestion"
            },
            "criminalRole": {
              "$ref": "#/$defs/InterviewQuestion"
            },
            "circumstances": {
              "$ref": "#/$defs/InterviewQuestion"
            },
            "matter": {
              "$ref": "#/$defs/InterviewQuestion"
            },
            "household": {
              "$ref": "#/$defs/InterviewQuestion"
            },
            "commitment": {
              "$ref": "#/$defs/InterviewQuestion"
            }
          }
        },
        "answers": {
          "type": "object",
          "additionalProperties": {
            "$ref": "#/$defs/LocalizedText"
          }
        }
      }
    },
    "LegalAidProcedure": {
      "type": "object",
      "additionalProperties": false,
      "required": [
        "whereToApply",
        "decisionTime",
        "assignmentTime",
        "steps",
        "documents",
        "reasons"
      ],
      "properties": {
        "whereToApply": {
          "type": "object",
          "additionalProperties": false,
          "required": [
            "litigation",
            "nonLitigation",
            "byAuthority"
          ],
          "properties": {
            "litigation": {
              "$ref": "#/$defs/CitedText"
            },
            "nonLitigation": {
              "$ref": "#/$defs/CitedText"
            },
            "byAuthority": {
              "$ref": "#/$defs/CitedText"
            }
          }
        },
        "decisionTime": {
          "$ref": "#/$defs/DecisionTime"
        },
        "assignmentTime": {
          "$ref": "#/$defs/DecisionTime"
        },
        "steps": {
          "type": "object",
          "required": [
            "apply",
            "apply-from-detention",
            "tell-authority-no-defender",
            "experienced-lawyer",
            "sign-commitment",
            "bring-circumstance-proof",
            "urgent-aid",
            "objection",
            "notary-fee-waiver",
            "free-consultation",
            "accused-other-reasons",
            "duty-lawyer",
            "court-may-notify",
            "regional-hardship-grounds",
            "answer-questions"
          ],
          "properties": {
            "apply": {
              "$ref": "#/$defs/LegalAidStep"
            },
            "apply-from-detention": {
              "$ref": "#/$defs/LegalAidStep"
            },
            "tell-authority-no-defender": {
              "$ref": "#/$defs/LegalAidStep"
            },
            "experienced-lawyer": {
              "$ref": "#/$defs/LegalAidStep"
            },
            "sign-commitment": {
              "$ref": "#/$defs/LegalAidStep"
            },
            "false-statement-penalty": {
              "$ref": "#/$defs/LegalAidStep"
            },
            "bring-circumstance-proof": {
              "$ref": "#/$defs/LegalAidStep"
            },
            "urgent-aid": {
              "$ref": "#/$defs/LegalAidStep"
            },
            "objection": {
              "$ref": "#/$defs/LegalAidStep"
            },
            "notary-fee-waiver": {
              "$ref": "#/$defs/LegalAidStep"
            },
            "free-consultation": {
              "$ref": "#/$defs/LegalAidStep"
            },
            "accused-other-reasons": {
              "$ref": "#/$defs/LegalAidStep"
            },
            "duty-lawyer": {
              "$ref": "#/$defs/LegalAidStep"
            },
            "duty-lawyer-help": {
              "$ref": "#/$defs/LegalAidStep"
            },
            "court-may-notify": {
              "$ref": "#/$defs/LegalAidStep"
            },
            "regional-hardship-grounds": {
              "$ref": "#/$defs/LegalAidStep"
            },
            "answer-questions": {
              "$ref": "#/$defs/LegalAidStep"
            }
          },
          "additionalProperties": {
            "$ref": "#/$defs/LegalAidStep"
          }
        },
        "documents": {
          "type": "object",
          "required": [
            "identity",
            "household-register",
            "case-documents",
            "hardship-declaration",
            "commitment-form",
            "verification-authorisation",
            "circumstance-proof"
          ],
          "properties": {
            "identity": {
              "$ref": "#/$defs/LegalAidDocument"
            },
            "household-register": {
              "$ref": "#/$defs/LegalAidDocument"
            },
            "case-documents": {
              "$ref": "#/$defs/LegalAidDocument"
            },
            "hardship-declaration": {
              "$ref": "#/$defs/LegalAidDocument"
            },
            "commitment-form": {
              "$ref": "#/$defs/LegalAidDocument"
            },
            "verification-authorisation": {
              "$ref": "#/$defs/LegalAidDocument"
            },
            "circumstance-proof": {
              "$ref": "#/$defs/LegalAidDocument"
            }
          },
          "additionalProperties": {
            "$ref": "#/$defs/LegalAidDocument"
          }
        },
        "reasons": {
          "type": "object",
          "required": [
            "region-not-covered",
            "means-test-passed",
            "means-test-failed",
            "means-test-commitment",
            "matter-not-covered",
            "information-needed"
          ],
          "properties": {
            "region-not-covered": {
              "$ref": "#/$defs/CitedText"
            },
            "means-test-passed": {
              "$ref": "#/$defs/CitedText"
            },
            "means-test-failed": {
              "$ref": "#/$defs/CitedText"
            },
            "means-test-commitment": {
              "$ref": "#/$defs/CitedText"
            },
            "matter-not-covered": {
              "$ref": "#/$defs/CitedText"
            },
            "information-needed": {
              "$ref": "#/$defs/CitedText"
            },
            "circumstance-not-for-matter": {
              "$ref": "#/$defs/CitedText"
            },
            "matter-more-specific": {
              "$ref": "#/$defs/CitedText"
            }
          },
          "additionalProperties": {
            "$ref": "#/$defs/CitedText"
          }
        }
      }
    },
    "LegalAidStep": {
      "type": "object",
      "additionalProperties": false,
      "required": [
        "text"
      ],
      "properties": {
        "text": {
          "$ref": "#/$defs/LocalizedText"
        },
        "basis": {
          "$ref": "#/$defs/LegalBasis"
        }
      }
    },
    "LegalBasis": {
      "type": "object",
      "required": [
        "law",
        "article"
      ],
      "properties": {
        "law": {
          "type": "string",
          "pattern": "^[a-z0-9-]+$",
          "maxLength": 64
        },
        "article": {
          "type": "string",
          "maxLength": 32
        },
        "title": {
          "$ref": "#/$defs/LocalizedText"
        }
      }
    },
    "LocalizedText": {
      "type": "object",
      "additionalProperties": false,
      "required": [
        "zh-CN",
        "en"
      ],
      "properties": {
        "zh-CN": {
          "type": "string",
          "maxLength": 4000
        },
        "en": {
          "type": "string",
          "maxLength": 4000
        }
      }
    },
    "MatterRule": {
      "type": "object",
      "additionalProperties": false,
      "required": [
        "code",
        "label",
        "reason",
        "basis"
      ],
      "properties": {
        "code": {
          "$ref": "#/$defs/Code"
        },
        "label": {
          "$ref": "#/$defs/LocalizedText"
        },
        "reason": {
          "$ref": "#/$defs/LocalizedText"
        },
        "basis": {
          "$ref": "#/$defs/LegalBasis"
        },
        "unverified": {
          "type": "boolean"
        }
      }
    },
    "Proceeding": {
      "type": "string",
      "enum": [
        "criminal",
        "civil",
        "administrative",
        "non-litigation"
      ]
    },
    "ProceedingRule": {
      "type": "object",
      "additionalProperties": false,
      "required": [
        "code",
        "label"
      ],
      "properties": {
        "code": {
          "$ref": "#/$defs/Proceeding"
        },
        "label": {
          "$ref": "#/$defs/LocalizedText"
        }
      }
    },
    "RegionCode": {
      "type": "string",
      "pattern": "^[0-9]{6}(-[a-z]+)?$",
      "maxLength": 40
    },
    "RulesetSource": {
      "type": "object",
      "additionalProperties": false,
      "required": [
        "title",
        "tag"
      ],
      "properties": {
        "title": {
          "type": "string",
          "minLength": 1,
          "maxLength": 500
        },
        "url": {
          "type": "string",
          "pattern": "^https://",
          "maxLength": 2000
        },
        "tag": {
          "type": "string",
          "enum": [
            "V",
            "V-3p",
            "U"
          ]
        }
      }
    }
  }
} as const;
