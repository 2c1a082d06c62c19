import { SwedishLevel, type Licence, type ParticipantRowFragment } from "../graphql/generated/graphql";

/** What the participant form edits; "" stands for "not given" in the optional fields. */
export interface ParticipantFormValues {
  code: string;
  swedishLevel: SwedishLevel;
  licences: Licence[];
  occupationFieldIds: string[];
  homeMunicipalityCode: string;
  availableFrom: string;
  /** Under 18: consents then need a guardian's agreement too. */
  minor: boolean;
}

export const emptyParticipantForm = (code = ""): ParticipantFormValues => ({
  code,
  swedishLevel: SwedishLevel.NONE,
  licences: [],
  occupationFieldIds: [],
  homeMunicipalityCode: "",
  availableFrom: "",
  minor: false,
});

export const participantFormValuesOf = (participant: ParticipantRowFragment): ParticipantFormValues => ({
  code: participant.code,
  swedishLevel: participant.swedishLevel,
  licences: [...participant.licences],
  occupationFieldIds: participant.occupationInterests.map((field) => field.id),
  homeMunicipalityCode: participant.homeMunicipality?.code ?? "",
  availableFrom: participant.availableFrom ?? "",
  minor: participant.minor,
});

/** The same rule as the server's (participant.input.ts), so a typo is explained before a round trip. */
export const CODE_PATTERN = /^[A-Za-z0-9-]{3,32}$/;

export const participantInputOf = (values: ParticipantFormValues) => ({
  code: values.code.trim(),
  swedishLevel: values.swedishLevel,
  licences: values.licences,
  occupationFieldIds: values.occupationFieldIds,
  homeMunicipalityCode: values.homeMunicipalityCode || null,
  availableFrom: values.availableFrom || null,
  minor: values.minor,
});
