import { graphql } from "./generated";

export const UsersDocument = graphql(`
  query Users {
    users {
      id
      name
      email
      role
      active
    }
    loginLocks {
      user {
        id
      }
      failures
      lockedUntil
    }
  }
`);

export const InviteUserDocument = graphql(`
  mutation InviteUser($input: InviteUserInput!) {
    inviteUser(input: $input) {
      token
      expiresAt
      user {
        id
        name
        email
        role
        active
      }
    }
  }
`);

export const ChangeUserRoleDocument = graphql(`
  mutation ChangeUserRole($input: ChangeUserRoleInput!) {
    changeUserRole(input: $input) {
      id
      role
    }
  }
`);

export const SetUserActiveDocument = graphql(`
  mutation SetUserActive($id: ID!, $active: Boolean!) {
    setUserActive(id: $id, active: $active) {
      id
      active
    }
  }
`);

export const UnlockLoginDocument = graphql(`
  mutation UnlockLogin($userId: ID!) {
    unlockLogin(userId: $userId)
  }
`);

export const EndUserSessionsDocument = graphql(`
  mutation EndUserSessions($userId: ID!) {
    endUserSessions(userId: $userId)
  }
`);

export const ResetUserPasswordDocument = graphql(`
  mutation ResetUserPassword($userId: ID!) {
    resetUserPassword(userId: $userId) {
      token
      expiresAt
      user {
        id
        name
      }
    }
  }
`);

export const SetPasswordWithTokenDocument = graphql(`
  mutation SetPasswordWithToken($input: SetPasswordWithTokenInput!) {
    setPasswordWithToken(input: $input)
  }
`);

export const MyAccountDocument = graphql(`
  query MyAccount {
    me {
      id
      name
      email
      contactEmail
      contactPhone
    }
  }
`);

export const ChangePasswordDocument = graphql(`
  mutation ChangePassword($input: ChangePasswordInput!) {
    changePassword(input: $input)
  }
`);

export const UpdateMyContactDetailsDocument = graphql(`
  mutation UpdateMyContactDetails($input: UpdateContactDetailsInput!) {
    updateContactDetails(input: $input) {
      id
      contactEmail
      contactPhone
    }
  }
`);
