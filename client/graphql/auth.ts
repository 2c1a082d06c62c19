import { graphql } from "./generated";

export const LoginDocument = graphql(`
  mutation Login($email: String!, $password: String!) {
    login(email: $email, password: $password) {
      token
      user {
        ...Viewer
      }
    }
  }
`);

export const ViewerFragment = graphql(`
  fragment Viewer on User {
    id
    name
    email
    role
    organisation {
      id
      slug
      name
      kind
    }
  }
`);

export const MeDocument = graphql(`
  query Me {
    me {
      ...Viewer
    }
  }
`);

export const LogoutDocument = graphql(`
  mutation Logout {
    logout
  }
`);
