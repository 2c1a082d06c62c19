import { useMutation, useQuery } from "@vue/apollo-composable";
import { computed, ref, shallowRef } from "vue";
import { useI18n } from "vue-i18n";
import type { Role } from "../graphql/generated/graphql";
import {
  ChangeUserRoleDocument,
  EndUserSessionsDocument,
  InviteUserDocument,
  ResetUserPasswordDocument,
  SetUserActiveDocument,
  UnlockLoginDocument,
  UsersDocument,
} from "../graphql/users";
import { useMutationOutcome } from "./useMutationOutcome";
import { useSession } from "./useSession";

/** A one-time set-password token as the admin sees it: once, right after it was made. */
export interface OneTimeTicket {
  token: string;
  expiresAt: string;
  name: string;
  /** Why it was made: a new user, or a reset of an existing one. */
  kind: "invite" | "reset";
}

/**
 * The organisation's accounts with their sign-in locks, and every change an admin makes to them.
 * The last one-time token is kept only in memory, so leaving the page forgets it.
 */
export function useUserAdmin() {
  const { t } = useI18n();
  const query = useQuery(UsersDocument, null, { fetchPolicy: "cache-and-network" });
  const refetch = { refetchQueries: ["Users"], awaitRefetchQueries: true };
  const invite = useMutation(InviteUserDocument, refetch);
  const changeRole = useMutation(ChangeUserRoleDocument);
  const setActive = useMutation(SetUserActiveDocument, refetch);
  const unlock = useMutation(UnlockLoginDocument, refetch);
  const endSessions = useMutation(EndUserSessionsDocument);
  const reset = useMutation(ResetUserPasswordDocument);
  const action = useMutationOutcome();
  const inviting = useMutationOutcome();
  const ticket = shallowRef<OneTimeTicket | null>(null);
  const revision = ref(0);
  const session = useSession();

  const users = computed(() => {
    const locks = new Map((query.result.value?.loginLocks ?? []).map((lock) => [lock.user.id, lock]));
    return (query.result.value?.users ?? []).map((user) => ({ ...user, lock: locks.get(user.id) ?? null }));
  });
  const nameOf = (id: string) => users.value.find((user) => user.id === id)?.name ?? "";

  return {
    users,
    loading: query.loading,
    error: query.error,
    refetch: () => query.refetch(),
    ticket,
    forgetTicket: () => (ticket.value = null),
    outcome: action.outcome,
    busyId: action.pendingKey,
    /** The invitation's own outcome: the form shows its field errors beside the fields. */
    inviting: { pending: inviting.pending, fieldErrors: inviting.fieldErrors, failure: inviting.failure },
    async invite(input: { name: string; email: string; role: Role }): Promise<boolean> {
      action.reset();
      ticket.value = null;
      const result = await inviting.run(() => invite.mutate({ input }));
      const answer = result?.data?.inviteUser;
      if (answer) ticket.value = { token: answer.token, expiresAt: answer.expiresAt, name: answer.user.name, kind: "invite" };
      return !!answer;
    },
    /** Bumped after every role change, so a refused change puts the select back to the stored role. */
    revision,
    async changeRole(userId: string, role: Role) {
      const result = await action.run(
        () => changeRole.mutate({ input: { userId, role } }),
        () => t("users.roleChanged", { name: nameOf(userId), role: t(`role.${role}`) }),
        userId,
      );
      revision.value++;
      // One's own new role shows in the header and the menu at once (the server applies it already).
      const viewer = session.viewer.value;
      if (result?.data && viewer && viewer.id === userId && session.token.value) session.start(session.token.value, { ...viewer, role });
    },
    setActive: (userId: string, active: boolean) =>
      action.run(
        () => setActive.mutate({ id: userId, active }),
        () => t(active ? "users.reactivated" : "users.deactivated", { name: nameOf(userId) }),
        userId,
      ),
    unlock: (userId: string) =>
      action.run(
        () => unlock.mutate({ userId }),
        () => t("users.unlocked", { name: nameOf(userId) }),
        userId,
      ),
    endSessions: (userId: string) =>
      action.run(
        () => endSessions.mutate({ userId }),
        (result) => t("users.sessionsEnded", { name: nameOf(userId), count: result?.data?.endUserSessions ?? 0 }),
        userId,
      ),
    async resetPassword(userId: string) {
      ticket.value = null;
      inviting.reset();
      const result = await action.run(
        () => reset.mutate({ userId }),
        () => t("users.passwordReset", { name: nameOf(userId) }),
        userId,
      );
      const answer = result?.data?.resetUserPassword;
      if (answer) ticket.value = { token: answer.token, expiresAt: answer.expiresAt, name: answer.user.name, kind: "reset" };
    },
  };
}
