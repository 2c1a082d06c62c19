import { registerEnumType } from "type-graphql";

export enum ChecklistKind {
  VOCATIONAL = "VOCATIONAL",
  LANGUAGE = "LANGUAGE",
  ASSESSMENT = "ASSESSMENT",
}
registerEnumType(ChecklistKind, {
  name: "ChecklistKind",
  description: "What a checklist validates.",
  valuesConfig: {
    VOCATIONAL: { description: "Yrkesvalidering: the vocational skills of an industry." },
    LANGUAGE: { description: "Språkvalidering: steps of using Swedish at work, followed over time (also used by SFI teachers)." },
    ASSESSMENT: {
      description:
        "Bedömning: abilities during work training or work assessment, as Arbetsförmedlingen and Försäkringskassan ask them (attendance, pace, instructions, cooperation, safety).",
    },
  },
});

export enum Industry {
  KITCHEN = "KITCHEN",
  WAREHOUSE = "WAREHOUSE",
  CLEANING = "CLEANING",
  ELDERLY_CARE = "ELDERLY_CARE",
  CHILD_CARE = "CHILD_CARE",
  PROPERTY_MAINTENANCE = "PROPERTY_MAINTENANCE",
  RETAIL = "RETAIL",
  OTHER = "OTHER",
}
registerEnumType(Industry, {
  name: "Industry",
  description: "The industry a vocational checklist is for.",
  valuesConfig: {
    KITCHEN: { description: "Kök och storhushåll." },
    WAREHOUSE: { description: "Lager och truck." },
    CLEANING: { description: "Lokalvård." },
    ELDERLY_CARE: { description: "Äldreomsorg." },
    CHILD_CARE: { description: "Barnomsorg och förskola." },
    PROPERTY_MAINTENANCE: { description: "Fastighetsskötsel." },
    RETAIL: { description: "Butik och handel." },
    OTHER: { description: "Another industry." },
  },
});

export enum ValidationLevel {
  NOT_YET = "NOT_YET",
  WITH_SUPPORT = "WITH_SUPPORT",
  INDEPENDENTLY = "INDEPENDENTLY",
}
registerEnumType(ValidationLevel, {
  name: "ValidationLevel",
  description: "How far the person has come with one item, as observed on one day.",
  valuesConfig: {
    NOT_YET: { description: "Inte ännu." },
    WITH_SUPPORT: { description: "Med stöd." },
    INDEPENDENTLY: { description: "Självständigt." },
  },
});
