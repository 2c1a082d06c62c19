import { useMutation } from "@vue/apollo-composable";
import { useI18n } from "vue-i18n";
import { RegisterParticipantDocument, UpdateParticipantDocument } from "../graphql/participant";
import type { ParticipantRowFragment } from "../graphql/generated/graphql";
import { participantInputOf, type ParticipantFormValues } from "../utils/participant-form";
import { useMutationOutcome } from "./useMutationOutcome";

/** Lists that show participants: refetched after a change so a new or renamed code shows everywhere. */
export const PARTICIPANT_LISTS = ["OurParticipants", "Participants", "ParticipantsReview"];

/** Registers a participant or saves changes to one; field errors come back by field name. */
export function useSaveParticipant() {
  const { t } = useI18n();
  const register = useMutation(RegisterParticipantDocument, { refetchQueries: PARTICIPANT_LISTS, awaitRefetchQueries: true });
  const update = useMutation(UpdateParticipantDocument, { refetchQueries: PARTICIPANT_LISTS, awaitRefetchQueries: true });
  const { run, pending, outcome, fieldErrors, failure, reset } = useMutationOutcome();

  async function save(values: ParticipantFormValues, id?: string): Promise<ParticipantRowFragment | null> {
    const input = participantInputOf(values);
    const saved = await run(
      async () => {
        if (id) return (await update.mutate({ id, input }))?.data?.updateParticipant ?? null;
        return (await register.mutate({ input }))?.data?.registerParticipant ?? null;
      },
      (participant) => (participant ? t(id ? "participants.saved" : "participants.registered", { code: participant.code }) : ""),
    );
    return saved ?? null;
  }

  return { save, busy: pending, outcome, fieldErrors, failure, reset };
}
