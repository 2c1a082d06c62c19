import { graphql } from "./generated";

export const FollowUpsDueDocument = graphql(`
  query FollowUpsDue($withinDays: Int!) {
    followUpsDue(withinDays: $withinDays) {
      stage
      dueOn
      state
      claim {
        id
        status
        participant {
          id
          code
        }
        placement {
          id
          title
        }
      }
    }
  }
`);

export const ClaimFollowUpDocument = graphql(`
  query ClaimFollowUp($id: ID!) {
    claim(id: $id) {
      id
      status
      requestedStart
      requestedEnd
      allowedActions
      participant {
        id
        code
      }
      placement {
        id
        title
        kind
        startDate
        endDate
      }
      followUps {
        stage
        dueOn
        state
        record {
          id
          heldOn
          attendance
          tasks
          concerns
          nextStep
          notes
        }
      }
      outcomes {
        id
        stage
        category
        detail
        subsidised
        earlyEndReason
      }
      absences {
        id
        date
        minutes
        reason
        note
        deviation
      }
    }
  }
`);

export const RecordFollowUpDocument = graphql(`
  mutation RecordFollowUp($input: RecordFollowUpInput!) {
    recordFollowUp(input: $input) {
      id
      stage
    }
  }
`);

export const RecordOutcomeDocument = graphql(`
  mutation RecordOutcome($input: RecordOutcomeInput!) {
    recordOutcome(input: $input) {
      id
      stage
      category
    }
  }
`);

export const RecordAbsenceDocument = graphql(`
  mutation RecordAbsence($input: RecordAbsenceInput!) {
    recordAbsence(input: $input) {
      id
      date
      minutes
      deviation
    }
  }
`);

export const AfReportDocument = graphql(`
  query AfReport($month: String!) {
    afReport(month: $month) {
      month
      organisationName
      rows {
        claimId
        participantCode
        placementTitle
        workplaceName
        periodStart
        periodEnd
        daysPresent
        daysScheduled
        deviations {
          date
          minutes
          reason
        }
      }
    }
  }
`);

export const CalendarFeedDocument = graphql(`
  query CalendarFeed {
    calendarFeed {
      active
      createdAt
    }
  }
`);

export const CreateCalendarFeedDocument = graphql(`
  mutation CreateCalendarFeed {
    createCalendarFeed {
      path
      createdAt
    }
  }
`);

export const RevokeCalendarFeedDocument = graphql(`
  mutation RevokeCalendarFeed {
    revokeCalendarFeed
  }
`);
