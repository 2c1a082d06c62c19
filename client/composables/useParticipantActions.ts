import { useApolloClient, useMutation } from "@vue/apollo-composable";
import { useI18n } from "vue-i18n";
import { ArchiveParticipantDocument, EraseParticipantDocument, RestoreParticipantDocument } from "../graphql/participant";
import { useMutationOutcome } from "./useMutationOutcome";
import { currentToken } from "./useSession";
import { PARTICIPANT_LISTS } from "./useSaveParticipant";

/** Archive, restore, erase and the extract file: one outcome for the list they act on. */
export function useParticipantActions() {
  const { t } = useI18n();
  const { client } = useApolloClient();
  const options = { refetchQueries: PARTICIPANT_LISTS, awaitRefetchQueries: true };
  const archive = useMutation(ArchiveParticipantDocument, options);
  const restore = useMutation(RestoreParticipantDocument, options);
  const erase = useMutation(EraseParticipantDocument, options);
  const { run, pendingKey, outcome } = useMutationOutcome();

  return {
    outcome,
    busyId: pendingKey,
    archive: (id: string, code: string) =>
      run(
        () => archive.mutate({ id }),
        () => t("participants.archived", { code }),
        id,
      ),
    restore: (id: string, code: string) =>
      run(
        () => restore.mutate({ id }),
        () => t("participants.restored", { code }),
        id,
      ),
    /** Erasure also drops the participant from every cached claim, so no page shows the code again. */
    erase: (id: string) =>
      run(
        async () => {
          const result = await erase.mutate({ id });
          client.cache.evict({ id: client.cache.identify({ __typename: "Participant", id }) });
          client.cache.gc();
          return result;
        },
        () => t("participants.erased"),
        id,
      ),
    /** Downloads the GDPR extract as a file; the bearer token cannot go in a plain link. */
    extract: (id: string, code: string) =>
      run(
        async () => {
          const response = await fetch(`/exports/participants/${id}.json`, {
            headers: { authorization: `Bearer ${currentToken() ?? ""}` },
          });
          if (!response.ok) throw new Error(`extract: HTTP ${response.status}`);
          const url = URL.createObjectURL(await response.blob());
          const link = document.createElement("a");
          link.href = url;
          link.download = `deltagare-${code}.json`;
          document.body.append(link);
          link.click();
          link.remove();
          URL.revokeObjectURL(url);
        },
        () => t("participants.extracted", { code }),
        id,
      ),
  };
}
