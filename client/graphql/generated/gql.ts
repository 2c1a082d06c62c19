/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query AuditLog($first: Int!, $after: String, $filter: AuditLogFilter) {\n    auditLog(first: $first, after: $after, filter: $filter) {\n      id\n      at\n      action\n      entity\n      entityId\n      ip\n      cursor\n      user {\n        id\n        name\n      }\n    }\n  }\n": typeof types.AuditLogDocument,
    "\n  query AuditFilterChoices {\n    auditActions\n    users {\n      id\n      name\n    }\n  }\n": typeof types.AuditFilterChoicesDocument,
    "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n      user {\n        ...Viewer\n      }\n    }\n  }\n": typeof types.LoginDocument,
    "\n  fragment Viewer on User {\n    id\n    name\n    email\n    role\n    organisation {\n      id\n      slug\n      name\n      kind\n    }\n  }\n": typeof types.ViewerFragmentDoc,
    "\n  query Me {\n    me {\n      ...Viewer\n    }\n  }\n": typeof types.MeDocument,
    "\n  mutation Logout {\n    logout\n  }\n": typeof types.LogoutDocument,
    "\n  fragment PlacementSummary on Placement {\n    id\n    title\n    kind\n    status\n    capacity\n    freeSeats\n    startDate\n    endDate\n    standing\n    hoursPerWeek\n    municipality {\n      code\n      name\n    }\n    organisation {\n      id\n      slug\n      name\n    }\n    workplace {\n      id\n      name\n    }\n    supervisor {\n      id\n      trainingStatus\n    }\n    occupationField {\n      id\n      label\n    }\n    feedbackSummary {\n      ...FeedbackSummaryFields\n    }\n  }\n": typeof types.PlacementSummaryFragmentDoc,
    "\n  query Board(\n    $filter: BoardFilter\n    $first: Int!\n    $after: String\n    $sort: BoardSort!\n    $forParticipantId: ID\n    $withFit: Boolean! = false\n    $fitFor: ID = \"-\"\n  ) {\n    board(filter: $filter, first: $first, after: $after, sort: $sort, forParticipantId: $forParticipantId) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...PlacementSummary\n          # Primed with the page (no extra statement); live updates name who took a seat from it.\n          seatHoldings {\n            seats\n            organisation {\n              id\n              name\n            }\n          }\n          # Issue 11: with a participant picked, how each placement fits them.\n          fit(participantId: $fitFor) @include(if: $withFit) {\n            ...PlacementFitSummary\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.BoardDocument,
    "\n  query BoardReference {\n    municipalities(kakOnly: true) {\n      code\n      name\n    }\n    occupationFields {\n      id\n      label\n    }\n  }\n": typeof types.BoardReferenceDocument,
    "\n  query Participants {\n    participants {\n      id\n      code\n      minor\n    }\n  }\n": typeof types.ParticipantsDocument,
    "\n  mutation ClaimSeat($input: ClaimSeatInput!) {\n    claimSeat(input: $input) {\n      ...OurClaim\n      placement {\n        id\n        freeSeats\n        allowedActions\n        seatHoldings {\n          seats\n          organisation {\n            id\n            name\n          }\n        }\n        ourClaims {\n          ...OurClaim\n        }\n      }\n    }\n  }\n": typeof types.ClaimSeatDocument,
    "\n  fragment ClaimWithPlacement on Claim {\n    id\n    status\n    seats\n    requestedStart\n    requestedEnd\n    expiresAt\n    reason\n    updatedAt\n    allowedActions\n    # Issue 11: where the claim stands under its kind's renewal rules, and the chain of renewals.\n    renewal {\n      renewable\n      capMonths\n      capEnd\n      latestEnd\n      nearCap\n    }\n    renewals {\n      previousEnd\n      newEnd\n      renewedAt\n    }\n    organisation {\n      id\n      name\n    }\n    placement {\n      id\n      title\n      freeSeats\n      capacity\n      startDate\n      endDate\n      workplace {\n        id\n        name\n      }\n      municipality {\n        code\n        name\n      }\n    }\n  }\n": typeof types.ClaimWithPlacementFragmentDoc,
    "\n  mutation ReleaseClaim($id: ID!) {\n    releaseClaim(id: $id) {\n      ...ClaimWithPlacement\n    }\n  }\n": typeof types.ReleaseClaimDocument,
    "\n  mutation ConfirmClaim($id: ID!) {\n    confirmClaim(id: $id) {\n      ...ClaimWithPlacement\n    }\n  }\n": typeof types.ConfirmClaimDocument,
    "\n  mutation DeclineClaim($id: ID!, $reason: String, $category: DeclineCategory) {\n    declineClaim(id: $id, reason: $reason, category: $category) {\n      ...ClaimWithPlacement\n    }\n  }\n": typeof types.DeclineClaimDocument,
    "\n  mutation StartClaim($id: ID!) {\n    startClaim(id: $id) {\n      ...ClaimWithPlacement\n    }\n  }\n": typeof types.StartClaimDocument,
    "\n  mutation CompleteClaim($id: ID!) {\n    completeClaim(id: $id) {\n      ...ClaimWithPlacement\n    }\n  }\n": typeof types.CompleteClaimDocument,
    "\n  mutation EndClaimEarly($id: ID!, $reason: String!) {\n    endClaimEarly(id: $id, reason: $reason) {\n      ...ClaimWithPlacement\n    }\n  }\n": typeof types.EndClaimEarlyDocument,
    "\n  query MyOrganisation {\n    myClaims {\n      ...ClaimWithPlacement\n      participant {\n        id\n        code\n      }\n    }\n    claimsOnOurPlacements(statuses: [CONFIRMED, ACTIVE]) {\n      ...ClaimWithPlacement\n    }\n    claimsAwaitingDecision {\n      ...ClaimWithPlacement\n      claimedBy {\n        name\n        email\n        phone\n      }\n      participantSharing\n      participant {\n        id\n        code\n        swedishLevel\n        licences\n      }\n      unmetRequirements\n      overrideReason\n    }\n    board(filter: { ownOnly: true, statuses: [OPEN, PAUSED, DRAFT] }, first: 100, sort: START_DATE) {\n      totalCount\n      edges {\n        node {\n          ...PlacementSummary\n        }\n      }\n    }\n  }\n": typeof types.MyOrganisationDocument,
    "\n  fragment ConsentItem on Consent {\n    id\n    status\n    validUntil\n    revokedAt\n    recordedAt\n    documentReference\n    guardianAgreed\n    allowedActions\n    organisations {\n      id\n      name\n    }\n    recordedBy {\n      name\n    }\n  }\n": typeof types.ConsentItemFragmentDoc,
    "\n  query ParticipantConsents($participantId: ID!) {\n    participantConsents(participantId: $participantId) {\n      ...ConsentItem\n    }\n    organisations {\n      id\n      name\n    }\n  }\n": typeof types.ParticipantConsentsDocument,
    "\n  mutation RecordConsent($input: RecordConsentInput!) {\n    recordConsent(input: $input) {\n      ...ConsentItem\n    }\n  }\n": typeof types.RecordConsentDocument,
    "\n  mutation RevokeConsent($id: ID!) {\n    revokeConsent(id: $id) {\n      ...ConsentItem\n    }\n  }\n": typeof types.RevokeConsentDocument,
    "\n  fragment FeedbackSummaryFields on FeedbackSummary {\n    count\n    recommendations\n    warnings\n    openWarnings\n    latestKind\n    latestExcerpt\n    latestResolved\n  }\n": typeof types.FeedbackSummaryFieldsFragmentDoc,
    "\n  fragment PlacementFeedbackItem on PlacementFeedback {\n    id\n    kind\n    text\n    tags\n    basedOnClaim\n    createdAt\n    answer\n    answeredAt\n    resolved\n    resolvedAt\n    allowedActions\n    organisation {\n      id\n      slug\n      name\n    }\n    author {\n      name\n      email\n      phone\n    }\n  }\n": typeof types.PlacementFeedbackItemFragmentDoc,
    "\n  query PlacementFeedback($id: ID!) {\n    placement(id: $id) {\n      id\n      organisation {\n        id\n        name\n      }\n      mayLeaveFeedback\n      feedback {\n        ...PlacementFeedbackItem\n      }\n      feedbackSummary {\n        ...FeedbackSummaryFields\n      }\n    }\n  }\n": typeof types.PlacementFeedbackDocument,
    "\n  mutation LeavePlacementFeedback($input: LeavePlacementFeedbackInput!) {\n    leavePlacementFeedback(input: $input) {\n      ...PlacementFeedbackItem\n    }\n  }\n": typeof types.LeavePlacementFeedbackDocument,
    "\n  mutation AnswerPlacementFeedback($input: AnswerPlacementFeedbackInput!) {\n    answerPlacementFeedback(input: $input) {\n      ...PlacementFeedbackItem\n    }\n  }\n": typeof types.AnswerPlacementFeedbackDocument,
    "\n  mutation ResolvePlacementWarning($id: ID!) {\n    resolvePlacementWarning(id: $id) {\n      ...PlacementFeedbackItem\n    }\n  }\n": typeof types.ResolvePlacementWarningDocument,
    "\n  mutation WithdrawPlacementFeedback($id: ID!) {\n    withdrawPlacementFeedback(id: $id) {\n      id\n    }\n  }\n": typeof types.WithdrawPlacementFeedbackDocument,
    "\n  query FollowUpsDue($withinDays: Int!) {\n    followUpsDue(withinDays: $withinDays) {\n      stage\n      dueOn\n      state\n      claim {\n        id\n        status\n        participant {\n          id\n          code\n        }\n        placement {\n          id\n          title\n        }\n      }\n    }\n  }\n": typeof types.FollowUpsDueDocument,
    "\n  query ClaimFollowUp($id: ID!) {\n    claim(id: $id) {\n      id\n      status\n      requestedStart\n      requestedEnd\n      allowedActions\n      participant {\n        id\n        code\n      }\n      placement {\n        id\n        title\n        kind\n        startDate\n        endDate\n      }\n      followUps {\n        stage\n        dueOn\n        state\n        record {\n          id\n          heldOn\n          attendance\n          tasks\n          concerns\n          nextStep\n          notes\n        }\n      }\n      outcomes {\n        id\n        stage\n        category\n        detail\n        subsidised\n        earlyEndReason\n      }\n      absences {\n        id\n        date\n        minutes\n        reason\n        note\n        deviation\n      }\n    }\n  }\n": typeof types.ClaimFollowUpDocument,
    "\n  mutation RecordFollowUp($input: RecordFollowUpInput!) {\n    recordFollowUp(input: $input) {\n      id\n      stage\n    }\n  }\n": typeof types.RecordFollowUpDocument,
    "\n  mutation RecordOutcome($input: RecordOutcomeInput!) {\n    recordOutcome(input: $input) {\n      id\n      stage\n      category\n    }\n  }\n": typeof types.RecordOutcomeDocument,
    "\n  mutation RecordAbsence($input: RecordAbsenceInput!) {\n    recordAbsence(input: $input) {\n      id\n      date\n      minutes\n      deviation\n    }\n  }\n": typeof types.RecordAbsenceDocument,
    "\n  query AfReport($month: String!) {\n    afReport(month: $month) {\n      month\n      organisationName\n      rows {\n        claimId\n        participantCode\n        placementTitle\n        workplaceName\n        periodStart\n        periodEnd\n        daysPresent\n        daysScheduled\n        deviations {\n          date\n          minutes\n          reason\n        }\n      }\n    }\n  }\n": typeof types.AfReportDocument,
    "\n  query CalendarFeed {\n    calendarFeed {\n      active\n      createdAt\n    }\n  }\n": typeof types.CalendarFeedDocument,
    "\n  mutation CreateCalendarFeed {\n    createCalendarFeed {\n      path\n      createdAt\n    }\n  }\n": typeof types.CreateCalendarFeedDocument,
    "\n  mutation RevokeCalendarFeed {\n    revokeCalendarFeed\n  }\n": typeof types.RevokeCalendarFeedDocument,
    "\n  subscription PlacementUpdated {\n    placementUpdated {\n      ...PlacementSummary\n      allowedActions\n      description\n      seatHoldings {\n        seats\n        organisation {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.PlacementUpdatedDocument,
    "\n  fragment PlacementSeats on Placement {\n    id\n    title\n    freeSeats\n    municipality {\n      code\n      name\n    }\n    seatHoldings {\n      seats\n      organisation {\n        id\n        name\n      }\n    }\n  }\n": typeof types.PlacementSeatsFragmentDoc,
    "\n  fragment PlacementFreeSeats on Placement {\n    id\n    title\n    freeSeats\n    municipality {\n      code\n      name\n    }\n  }\n": typeof types.PlacementFreeSeatsFragmentDoc,
    "\n  subscription NotificationReceived {\n    notificationReceived {\n      id\n    }\n  }\n": typeof types.NotificationReceivedDocument,
    "\n  query PlacementsMatching($filter: BoardFilter, $ids: [ID!]!) {\n    placementsMatching(filter: $filter, ids: $ids)\n  }\n": typeof types.PlacementsMatchingDocument,
    "\n  fragment NotificationItem on Notification {\n    id\n    event\n    createdAt\n    readAt\n    seats\n    dueAt\n    claimId\n    placement {\n      id\n      title\n      municipality {\n        code\n        name\n      }\n    }\n    counterpart {\n      id\n      name\n    }\n  }\n": typeof types.NotificationItemFragmentDoc,
    "\n  query MyNotifications($first: Int!) {\n    myNotifications(first: $first) {\n      ...NotificationItem\n    }\n    unreadNotificationCount\n  }\n": typeof types.MyNotificationsDocument,
    "\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n": typeof types.UnreadNotificationCountDocument,
    "\n  mutation MarkNotificationsRead($ids: [ID!]) {\n    markNotificationsRead(ids: $ids)\n  }\n": typeof types.MarkNotificationsReadDocument,
    "\n  query NotificationSettings {\n    notificationPreferences {\n      event\n      delivery\n    }\n    savedSearches {\n      id\n      name\n      filterJson\n      createdAt\n    }\n  }\n": typeof types.NotificationSettingsDocument,
    "\n  mutation SetNotificationPreference($input: SetNotificationPreferenceInput!) {\n    setNotificationPreference(input: $input) {\n      event\n      delivery\n    }\n  }\n": typeof types.SetNotificationPreferenceDocument,
    "\n  mutation SaveSearch($input: SaveSearchInput!) {\n    saveSearch(input: $input) {\n      id\n      name\n      filterJson\n      createdAt\n    }\n  }\n": typeof types.SaveSearchDocument,
    "\n  mutation DeleteSavedSearch($id: ID!) {\n    deleteSavedSearch(id: $id)\n  }\n": typeof types.DeleteSavedSearchDocument,
    "\n  fragment ParticipantRow on Participant {\n    id\n    code\n    swedishLevel\n    licences\n    availableFrom\n    minor\n    archivedAt\n    homeMunicipality {\n      code\n      name\n    }\n    occupationInterests {\n      id\n      label\n    }\n  }\n": typeof types.ParticipantRowFragmentDoc,
    "\n  query OurParticipants($search: String, $includeArchived: Boolean) {\n    participants(search: $search, includeArchived: $includeArchived) {\n      ...ParticipantRow\n    }\n  }\n": typeof types.OurParticipantsDocument,
    "\n  query ParticipantsReview {\n    participantsDueForReview {\n      lastActivityAt\n      participant {\n        id\n        code\n        archivedAt\n      }\n    }\n    participantPolicy {\n      inactiveMonths\n      retentionErases\n      keepClaimDetails\n      updatedAt\n    }\n  }\n": typeof types.ParticipantsReviewDocument,
    "\n  query ParticipantFormReference {\n    municipalities {\n      code\n      name\n    }\n    occupationFields {\n      id\n      label\n    }\n  }\n": typeof types.ParticipantFormReferenceDocument,
    "\n  mutation RegisterParticipant($input: RegisterParticipantInput!) {\n    registerParticipant(input: $input) {\n      ...ParticipantRow\n    }\n  }\n": typeof types.RegisterParticipantDocument,
    "\n  mutation UpdateParticipant($id: ID!, $input: UpdateParticipantInput!) {\n    updateParticipant(id: $id, input: $input) {\n      ...ParticipantRow\n    }\n  }\n": typeof types.UpdateParticipantDocument,
    "\n  mutation ArchiveParticipant($id: ID!) {\n    archiveParticipant(id: $id) {\n      ...ParticipantRow\n    }\n  }\n": typeof types.ArchiveParticipantDocument,
    "\n  mutation RestoreParticipant($id: ID!) {\n    restoreParticipant(id: $id) {\n      ...ParticipantRow\n    }\n  }\n": typeof types.RestoreParticipantDocument,
    "\n  mutation EraseParticipant($id: ID!) {\n    eraseParticipant(id: $id)\n  }\n": typeof types.EraseParticipantDocument,
    "\n  mutation SetParticipantPolicy($input: SetParticipantPolicyInput!) {\n    setParticipantPolicy(input: $input) {\n      inactiveMonths\n      retentionErases\n      keepClaimDetails\n      updatedAt\n    }\n  }\n": typeof types.SetParticipantPolicyDocument,
    "\n  fragment OurClaim on Claim {\n    id\n    status\n    seats\n    requestedStart\n    requestedEnd\n    expiresAt\n    reason\n    createdAt\n    allowedActions\n    participant {\n      id\n      code\n    }\n  }\n": typeof types.OurClaimFragmentDoc,
    "\n  query PlacementDetail($id: ID!) {\n    placement(id: $id) {\n      ...PlacementSummary\n      allowedActions\n      description\n      visibility\n      postedAt\n      updatedAt\n      contact {\n        name\n        email\n        phone\n      }\n      requirements {\n        swedishLevel\n        licences\n        other\n      }\n      supervisor {\n        id\n        name\n        email\n        phone\n        trainedOn\n        trainingCourse\n        trainingStatus\n        trainingDueOn\n      }\n      workplace {\n        id\n        name\n        address\n        sector\n        municipality {\n          code\n          name\n        }\n      }\n      seatHoldings {\n        seats\n        heldSeats\n        confirmedSeats\n        organisation {\n          id\n          name\n        }\n      }\n      ourClaims {\n        ...OurClaim\n      }\n    }\n  }\n": typeof types.PlacementDetailDocument,
    "\n  query PlacementForEdit($id: ID!) {\n    placement(id: $id) {\n      id\n      title\n      description\n      kind\n      capacity\n      startDate\n      endDate\n      hoursPerWeek\n      status\n      allowedActions\n      organisation {\n        id\n      }\n      occupationField {\n        id\n      }\n      supervisor {\n        id\n      }\n      workplace {\n        id\n      }\n      requirements {\n        swedishLevel\n        licences\n        other\n      }\n      visibility\n      visibleTo {\n        id\n      }\n    }\n  }\n": typeof types.PlacementForEditDocument,
    "\n  query PlacementFormReference {\n    workplaces {\n      id\n      name\n      municipality {\n        code\n        name\n      }\n      supervisors {\n        id\n        name\n      }\n    }\n    occupationFields {\n      id\n      label\n    }\n    organisations {\n      id\n      name\n    }\n  }\n": typeof types.PlacementFormReferenceDocument,
    "\n  mutation PostPlacement($input: PostPlacementInput!) {\n    postPlacement(input: $input) {\n      ...PlacementSummary\n    }\n  }\n": typeof types.PostPlacementDocument,
    "\n  mutation UpdatePlacement($id: ID!, $input: UpdatePlacementInput!) {\n    updatePlacement(id: $id, input: $input) {\n      ...PlacementSummary\n    }\n  }\n": typeof types.UpdatePlacementDocument,
    "\n  mutation PausePlacement($id: ID!) {\n    pausePlacement(id: $id) {\n      id\n      status\n      allowedActions\n    }\n  }\n": typeof types.PausePlacementDocument,
    "\n  mutation ReopenPlacement($id: ID!) {\n    reopenPlacement(id: $id) {\n      id\n      status\n      allowedActions\n    }\n  }\n": typeof types.ReopenPlacementDocument,
    "\n  mutation ClosePlacement($id: ID!) {\n    closePlacement(id: $id) {\n      id\n      status\n      freeSeats\n      allowedActions\n    }\n  }\n": typeof types.ClosePlacementDocument,
    "\n  query PlacementRules {\n    placementKindRules {\n      kind\n      maxMonths\n    }\n    inputLimits {\n      titleMin\n      titleMax\n      descriptionMax\n      otherRequirementsMax\n      capacityMax\n      hoursPerWeekMax\n      reasonMax\n    }\n  }\n": typeof types.PlacementRulesDocument,
    "\n  fragment PlacementFitSummary on PlacementFit {\n    fits\n    score\n    reasons {\n      check\n      met\n      requirement\n      licence\n      requiredLevel\n    }\n  }\n": typeof types.PlacementFitSummaryFragmentDoc,
    "\n  query PlacementFit($id: ID!, $participantId: ID!) {\n    placement(id: $id) {\n      id\n      fit(participantId: $participantId) {\n        ...PlacementFitSummary\n      }\n    }\n  }\n": typeof types.PlacementFitDocument,
    "\n  fragment WaitingListEntryItem on WaitingListEntry {\n    id\n    status\n    position\n    seats\n    createdAt\n    placement {\n      id\n      title\n    }\n    claim {\n      id\n      status\n    }\n  }\n": typeof types.WaitingListEntryItemFragmentDoc,
    "\n  query PlacementQueue($id: ID!) {\n    placement(id: $id) {\n      id\n      waitingCount\n    }\n    myWaitingList {\n      ...WaitingListEntryItem\n    }\n  }\n": typeof types.PlacementQueueDocument,
    "\n  query MyWaitingList {\n    myWaitingList(includeEnded: true) {\n      ...WaitingListEntryItem\n    }\n  }\n": typeof types.MyWaitingListDocument,
    "\n  mutation JoinWaitingList($input: JoinWaitingListInput!) {\n    joinWaitingList(input: $input) {\n      ...WaitingListEntryItem\n    }\n  }\n": typeof types.JoinWaitingListDocument,
    "\n  mutation LeaveWaitingList($id: ID!) {\n    leaveWaitingList(id: $id) {\n      ...WaitingListEntryItem\n    }\n  }\n": typeof types.LeaveWaitingListDocument,
    "\n  mutation RenewClaim($id: ID!, $until: LocalDate!) {\n    renewClaim(id: $id, until: $until) {\n      ...ClaimWithPlacement\n    }\n  }\n": typeof types.RenewClaimDocument,
    "\n  query Statistics($input: StatisticsInput!) {\n    statistics(input: $input) {\n      from\n      until\n      minGroup\n      rows {\n        ...StatisticsRowFields\n      }\n      total {\n        ...StatisticsRowFields\n      }\n    }\n  }\n\n  fragment StatisticValueFields on StatisticValue {\n    value\n    suppressed\n  }\n\n  fragment CategoryCountsFields on CategoryCounts {\n    total {\n      ...StatisticValueFields\n    }\n    byCategory {\n      category\n      count {\n        ...StatisticValueFields\n      }\n    }\n  }\n\n  fragment StatisticsRowFields on StatisticsRow {\n    key\n    label\n    seatsOffered\n    seatWeeksOffered\n    seatWeeksUsed {\n      ...StatisticValueFields\n    }\n    seatWeeksEmpty {\n      ...StatisticValueFields\n    }\n    fillRate {\n      ...StatisticValueFields\n    }\n    participants {\n      ...StatisticValueFields\n    }\n    otherOrganisation {\n      ...StatisticValueFields\n    }\n    ownOrganisation {\n      ...StatisticValueFields\n    }\n    otherOrganisationShare {\n      ...StatisticValueFields\n    }\n    medianDaysToFirstClaim {\n      ...StatisticValueFields\n    }\n    expiredHolds {\n      ...StatisticValueFields\n    }\n    earlyEnds {\n      ...CategoryCountsFields\n    }\n    outcomesAtEnd {\n      ...CategoryCountsFields\n    }\n    outcomesAfter90Days {\n      ...CategoryCountsFields\n    }\n  }\n": typeof types.StatisticsDocument,
    "\n  query Users {\n    users {\n      id\n      name\n      email\n      role\n      active\n    }\n    loginLocks {\n      user {\n        id\n      }\n      failures\n      lockedUntil\n    }\n  }\n": typeof types.UsersDocument,
    "\n  mutation InviteUser($input: InviteUserInput!) {\n    inviteUser(input: $input) {\n      token\n      expiresAt\n      user {\n        id\n        name\n        email\n        role\n        active\n      }\n    }\n  }\n": typeof types.InviteUserDocument,
    "\n  mutation ChangeUserRole($input: ChangeUserRoleInput!) {\n    changeUserRole(input: $input) {\n      id\n      role\n    }\n  }\n": typeof types.ChangeUserRoleDocument,
    "\n  mutation SetUserActive($id: ID!, $active: Boolean!) {\n    setUserActive(id: $id, active: $active) {\n      id\n      active\n    }\n  }\n": typeof types.SetUserActiveDocument,
    "\n  mutation UnlockLogin($userId: ID!) {\n    unlockLogin(userId: $userId)\n  }\n": typeof types.UnlockLoginDocument,
    "\n  mutation EndUserSessions($userId: ID!) {\n    endUserSessions(userId: $userId)\n  }\n": typeof types.EndUserSessionsDocument,
    "\n  mutation ResetUserPassword($userId: ID!) {\n    resetUserPassword(userId: $userId) {\n      token\n      expiresAt\n      user {\n        id\n        name\n      }\n    }\n  }\n": typeof types.ResetUserPasswordDocument,
    "\n  mutation SetPasswordWithToken($input: SetPasswordWithTokenInput!) {\n    setPasswordWithToken(input: $input)\n  }\n": typeof types.SetPasswordWithTokenDocument,
    "\n  query MyAccount {\n    me {\n      id\n      name\n      email\n      contactEmail\n      contactPhone\n    }\n  }\n": typeof types.MyAccountDocument,
    "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n": typeof types.ChangePasswordDocument,
    "\n  mutation UpdateMyContactDetails($input: UpdateContactDetailsInput!) {\n    updateContactDetails(input: $input) {\n      id\n      contactEmail\n      contactPhone\n    }\n  }\n": typeof types.UpdateMyContactDetailsDocument,
    "\n  query ChecklistTemplates {\n    checklistTemplates {\n      id\n      kind\n      industry\n      name\n      description\n      updatedAt\n      currentVersion {\n        id\n        number\n      }\n      createdBy {\n        id\n        name\n      }\n      items {\n        id\n        section\n        position\n        text\n      }\n    }\n  }\n": typeof types.ChecklistTemplatesDocument,
    "\n  mutation CreateChecklistTemplate($input: CreateChecklistTemplateInput!) {\n    createChecklistTemplate(input: $input) {\n      id\n      name\n      currentVersion {\n        id\n        number\n      }\n    }\n  }\n": typeof types.CreateChecklistTemplateDocument,
    "\n  mutation ReviseChecklistTemplate($input: ReviseChecklistTemplateInput!) {\n    reviseChecklistTemplate(input: $input) {\n      id\n      name\n      description\n      updatedAt\n      currentVersion {\n        id\n        number\n      }\n      items {\n        id\n        section\n        position\n        text\n      }\n    }\n  }\n": typeof types.ReviseChecklistTemplateDocument,
    "\n  fragment PlacementChecklistFields on PlacementChecklist {\n    id\n    name\n    kind\n    templateVersion\n    template {\n      id\n    }\n    items {\n      id\n      section\n      position\n      text\n    }\n  }\n": typeof types.PlacementChecklistFieldsFragmentDoc,
    "\n  query PlacementChecklists($id: ID!) {\n    placement(id: $id) {\n      id\n      mayEditChecklists\n      checklists {\n        ...PlacementChecklistFields\n      }\n      ourClaims {\n        id\n        status\n        mayStartValidation\n        participant {\n          id\n          code\n        }\n      }\n    }\n  }\n": typeof types.PlacementChecklistsDocument,
    "\n  mutation AttachChecklist($input: AttachChecklistInput!) {\n    attachChecklist(input: $input) {\n      ...PlacementChecklistFields\n    }\n  }\n": typeof types.AttachChecklistDocument,
    "\n  mutation TailorPlacementChecklist($input: TailorPlacementChecklistInput!) {\n    tailorPlacementChecklist(input: $input) {\n      ...PlacementChecklistFields\n    }\n  }\n": typeof types.TailorPlacementChecklistDocument,
    "\n  mutation DetachPlacementChecklist($id: ID!) {\n    detachPlacementChecklist(id: $id) {\n      id\n      removedAt\n    }\n  }\n": typeof types.DetachPlacementChecklistDocument,
    "\n  query ClaimValidations($id: ID!) {\n    claim(id: $id) {\n      id\n      status\n      mayStartValidation\n      participant {\n        id\n        code\n      }\n      placement {\n        id\n        title\n        supervisor {\n          id\n          name\n        }\n        workplace {\n          id\n          name\n        }\n        checklists {\n          id\n          name\n          kind\n        }\n      }\n      validations {\n        id\n        supervisorName\n        supervisorTitle\n        mayRecord\n        checklist {\n          id\n          name\n          kind\n        }\n      }\n    }\n  }\n": typeof types.ClaimValidationsDocument,
    "\n  query ValidationDetail($id: ID!) {\n    validation(id: $id) {\n      id\n      mayRecord\n      records {\n        id\n        itemId\n        level\n        observedOn\n        observer\n      }\n      progress {\n        item {\n          id\n          section\n          position\n          text\n          removedAt\n        }\n        latest {\n          id\n          level\n          observedOn\n        }\n      }\n    }\n  }\n": typeof types.ValidationDetailDocument,
    "\n  mutation StartValidation($input: StartValidationInput!) {\n    startValidation(input: $input) {\n      id\n    }\n  }\n": typeof types.StartValidationDocument,
    "\n  mutation RecordValidation($input: RecordValidationInput!) {\n    recordValidation(input: $input) {\n      id\n    }\n  }\n": typeof types.RecordValidationDocument,
    "\n  query SkillsSummary($participantId: ID!) {\n    participantSkillsSummary(participantId: $participantId) {\n      participantId\n      participantCode\n      organisationName\n      generatedOn\n      validations {\n        validationId\n        checklistName\n        kind\n        placementTitle\n        workplaceName\n        municipalityName\n        placementOrganisationName\n        supervisorName\n        supervisorTitle\n        firstObservedOn\n        lastObservedOn\n        items {\n          section\n          text\n          level\n          observedOn\n        }\n      }\n    }\n  }\n": typeof types.SkillsSummaryDocument,
    "\n  fragment SupervisorRow on Supervisor {\n    id\n    name\n    email\n    phone\n    trainedOn\n    trainingCourse\n    trainingStatus\n    trainingDueOn\n  }\n": typeof types.SupervisorRowFragmentDoc,
    "\n  fragment WorkplaceRow on Workplace {\n    id\n    name\n    sector\n    address\n    organisationNumber\n    contactName\n    contactPhone\n    contactEmail\n    archivedAt\n    allowedActions\n    municipality {\n      code\n      name\n    }\n    supervisors {\n      ...SupervisorRow\n    }\n  }\n": typeof types.WorkplaceRowFragmentDoc,
    "\n  query OurWorkplaces($includeArchived: Boolean!) {\n    workplaces(includeArchived: $includeArchived) {\n      ...WorkplaceRow\n    }\n    municipalities(kakOnly: false) {\n      code\n      name\n    }\n    me {\n      id\n      organisation {\n        id\n        municipalityCode\n      }\n    }\n  }\n": typeof types.OurWorkplacesDocument,
    "\n  mutation CreateWorkplace($input: CreateWorkplaceInput!) {\n    createWorkplace(input: $input) {\n      ...WorkplaceRow\n    }\n  }\n": typeof types.CreateWorkplaceDocument,
    "\n  mutation UpdateWorkplace($id: ID!, $input: UpdateWorkplaceInput!) {\n    updateWorkplace(id: $id, input: $input) {\n      ...WorkplaceRow\n    }\n  }\n": typeof types.UpdateWorkplaceDocument,
    "\n  mutation ArchiveWorkplace($id: ID!) {\n    archiveWorkplace(id: $id) {\n      id\n      archivedAt\n      allowedActions\n    }\n  }\n": typeof types.ArchiveWorkplaceDocument,
    "\n  mutation RestoreWorkplace($id: ID!) {\n    restoreWorkplace(id: $id) {\n      id\n      archivedAt\n      allowedActions\n    }\n  }\n": typeof types.RestoreWorkplaceDocument,
    "\n  mutation AddSupervisor($input: AddSupervisorInput!) {\n    addSupervisor(input: $input) {\n      ...SupervisorRow\n    }\n  }\n": typeof types.AddSupervisorDocument,
    "\n  mutation RecordSupervisorTraining($input: RecordSupervisorTrainingInput!) {\n    recordSupervisorTraining(input: $input) {\n      ...SupervisorRow\n    }\n  }\n": typeof types.RecordSupervisorTrainingDocument,
    "\n  query SupervisorRegister($filter: SupervisorRegisterFilter) {\n    supervisorRegister(filter: $filter) {\n      ...SupervisorRow\n      workplace {\n        id\n        name\n        municipality {\n          code\n          name\n        }\n        organisation {\n          id\n          name\n        }\n      }\n    }\n    supervisorTrainingValidYears\n    organisations {\n      id\n      name\n    }\n  }\n": typeof types.SupervisorRegisterDocument,
    "\n  query OrganisationSettings {\n    me {\n      id\n      organisation {\n        id\n        requireTrainedSupervisor\n      }\n    }\n  }\n": typeof types.OrganisationSettingsDocument,
    "\n  mutation UpdateOrganisationSettings($input: OrganisationSettingsInput!) {\n    updateOrganisationSettings(input: $input) {\n      id\n      requireTrainedSupervisor\n    }\n  }\n": typeof types.UpdateOrganisationSettingsDocument,
};
const documents: Documents = {
    "\n  query AuditLog($first: Int!, $after: String, $filter: AuditLogFilter) {\n    auditLog(first: $first, after: $after, filter: $filter) {\n      id\n      at\n      action\n      entity\n      entityId\n      ip\n      cursor\n      user {\n        id\n        name\n      }\n    }\n  }\n": types.AuditLogDocument,
    "\n  query AuditFilterChoices {\n    auditActions\n    users {\n      id\n      name\n    }\n  }\n": types.AuditFilterChoicesDocument,
    "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n      user {\n        ...Viewer\n      }\n    }\n  }\n": types.LoginDocument,
    "\n  fragment Viewer on User {\n    id\n    name\n    email\n    role\n    organisation {\n      id\n      slug\n      name\n      kind\n    }\n  }\n": types.ViewerFragmentDoc,
    "\n  query Me {\n    me {\n      ...Viewer\n    }\n  }\n": types.MeDocument,
    "\n  mutation Logout {\n    logout\n  }\n": types.LogoutDocument,
    "\n  fragment PlacementSummary on Placement {\n    id\n    title\n    kind\n    status\n    capacity\n    freeSeats\n    startDate\n    endDate\n    standing\n    hoursPerWeek\n    municipality {\n      code\n      name\n    }\n    organisation {\n      id\n      slug\n      name\n    }\n    workplace {\n      id\n      name\n    }\n    supervisor {\n      id\n      trainingStatus\n    }\n    occupationField {\n      id\n      label\n    }\n    feedbackSummary {\n      ...FeedbackSummaryFields\n    }\n  }\n": types.PlacementSummaryFragmentDoc,
    "\n  query Board(\n    $filter: BoardFilter\n    $first: Int!\n    $after: String\n    $sort: BoardSort!\n    $forParticipantId: ID\n    $withFit: Boolean! = false\n    $fitFor: ID = \"-\"\n  ) {\n    board(filter: $filter, first: $first, after: $after, sort: $sort, forParticipantId: $forParticipantId) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...PlacementSummary\n          # Primed with the page (no extra statement); live updates name who took a seat from it.\n          seatHoldings {\n            seats\n            organisation {\n              id\n              name\n            }\n          }\n          # Issue 11: with a participant picked, how each placement fits them.\n          fit(participantId: $fitFor) @include(if: $withFit) {\n            ...PlacementFitSummary\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.BoardDocument,
    "\n  query BoardReference {\n    municipalities(kakOnly: true) {\n      code\n      name\n    }\n    occupationFields {\n      id\n      label\n    }\n  }\n": types.BoardReferenceDocument,
    "\n  query Participants {\n    participants {\n      id\n      code\n      minor\n    }\n  }\n": types.ParticipantsDocument,
    "\n  mutation ClaimSeat($input: ClaimSeatInput!) {\n    claimSeat(input: $input) {\n      ...OurClaim\n      placement {\n        id\n        freeSeats\n        allowedActions\n        seatHoldings {\n          seats\n          organisation {\n            id\n            name\n          }\n        }\n        ourClaims {\n          ...OurClaim\n        }\n      }\n    }\n  }\n": types.ClaimSeatDocument,
    "\n  fragment ClaimWithPlacement on Claim {\n    id\n    status\n    seats\n    requestedStart\n    requestedEnd\n    expiresAt\n    reason\n    updatedAt\n    allowedActions\n    # Issue 11: where the claim stands under its kind's renewal rules, and the chain of renewals.\n    renewal {\n      renewable\n      capMonths\n      capEnd\n      latestEnd\n      nearCap\n    }\n    renewals {\n      previousEnd\n      newEnd\n      renewedAt\n    }\n    organisation {\n      id\n      name\n    }\n    placement {\n      id\n      title\n      freeSeats\n      capacity\n      startDate\n      endDate\n      workplace {\n        id\n        name\n      }\n      municipality {\n        code\n        name\n      }\n    }\n  }\n": types.ClaimWithPlacementFragmentDoc,
    "\n  mutation ReleaseClaim($id: ID!) {\n    releaseClaim(id: $id) {\n      ...ClaimWithPlacement\n    }\n  }\n": types.ReleaseClaimDocument,
    "\n  mutation ConfirmClaim($id: ID!) {\n    confirmClaim(id: $id) {\n      ...ClaimWithPlacement\n    }\n  }\n": types.ConfirmClaimDocument,
    "\n  mutation DeclineClaim($id: ID!, $reason: String, $category: DeclineCategory) {\n    declineClaim(id: $id, reason: $reason, category: $category) {\n      ...ClaimWithPlacement\n    }\n  }\n": types.DeclineClaimDocument,
    "\n  mutation StartClaim($id: ID!) {\n    startClaim(id: $id) {\n      ...ClaimWithPlacement\n    }\n  }\n": types.StartClaimDocument,
    "\n  mutation CompleteClaim($id: ID!) {\n    completeClaim(id: $id) {\n      ...ClaimWithPlacement\n    }\n  }\n": types.CompleteClaimDocument,
    "\n  mutation EndClaimEarly($id: ID!, $reason: String!) {\n    endClaimEarly(id: $id, reason: $reason) {\n      ...ClaimWithPlacement\n    }\n  }\n": types.EndClaimEarlyDocument,
    "\n  query MyOrganisation {\n    myClaims {\n      ...ClaimWithPlacement\n      participant {\n        id\n        code\n      }\n    }\n    claimsOnOurPlacements(statuses: [CONFIRMED, ACTIVE]) {\n      ...ClaimWithPlacement\n    }\n    claimsAwaitingDecision {\n      ...ClaimWithPlacement\n      claimedBy {\n        name\n        email\n        phone\n      }\n      participantSharing\n      participant {\n        id\n        code\n        swedishLevel\n        licences\n      }\n      unmetRequirements\n      overrideReason\n    }\n    board(filter: { ownOnly: true, statuses: [OPEN, PAUSED, DRAFT] }, first: 100, sort: START_DATE) {\n      totalCount\n      edges {\n        node {\n          ...PlacementSummary\n        }\n      }\n    }\n  }\n": types.MyOrganisationDocument,
    "\n  fragment ConsentItem on Consent {\n    id\n    status\n    validUntil\n    revokedAt\n    recordedAt\n    documentReference\n    guardianAgreed\n    allowedActions\n    organisations {\n      id\n      name\n    }\n    recordedBy {\n      name\n    }\n  }\n": types.ConsentItemFragmentDoc,
    "\n  query ParticipantConsents($participantId: ID!) {\n    participantConsents(participantId: $participantId) {\n      ...ConsentItem\n    }\n    organisations {\n      id\n      name\n    }\n  }\n": types.ParticipantConsentsDocument,
    "\n  mutation RecordConsent($input: RecordConsentInput!) {\n    recordConsent(input: $input) {\n      ...ConsentItem\n    }\n  }\n": types.RecordConsentDocument,
    "\n  mutation RevokeConsent($id: ID!) {\n    revokeConsent(id: $id) {\n      ...ConsentItem\n    }\n  }\n": types.RevokeConsentDocument,
    "\n  fragment FeedbackSummaryFields on FeedbackSummary {\n    count\n    recommendations\n    warnings\n    openWarnings\n    latestKind\n    latestExcerpt\n    latestResolved\n  }\n": types.FeedbackSummaryFieldsFragmentDoc,
    "\n  fragment PlacementFeedbackItem on PlacementFeedback {\n    id\n    kind\n    text\n    tags\n    basedOnClaim\n    createdAt\n    answer\n    answeredAt\n    resolved\n    resolvedAt\n    allowedActions\n    organisation {\n      id\n      slug\n      name\n    }\n    author {\n      name\n      email\n      phone\n    }\n  }\n": types.PlacementFeedbackItemFragmentDoc,
    "\n  query PlacementFeedback($id: ID!) {\n    placement(id: $id) {\n      id\n      organisation {\n        id\n        name\n      }\n      mayLeaveFeedback\n      feedback {\n        ...PlacementFeedbackItem\n      }\n      feedbackSummary {\n        ...FeedbackSummaryFields\n      }\n    }\n  }\n": types.PlacementFeedbackDocument,
    "\n  mutation LeavePlacementFeedback($input: LeavePlacementFeedbackInput!) {\n    leavePlacementFeedback(input: $input) {\n      ...PlacementFeedbackItem\n    }\n  }\n": types.LeavePlacementFeedbackDocument,
    "\n  mutation AnswerPlacementFeedback($input: AnswerPlacementFeedbackInput!) {\n    answerPlacementFeedback(input: $input) {\n      ...PlacementFeedbackItem\n    }\n  }\n": types.AnswerPlacementFeedbackDocument,
    "\n  mutation ResolvePlacementWarning($id: ID!) {\n    resolvePlacementWarning(id: $id) {\n      ...PlacementFeedbackItem\n    }\n  }\n": types.ResolvePlacementWarningDocument,
    "\n  mutation WithdrawPlacementFeedback($id: ID!) {\n    withdrawPlacementFeedback(id: $id) {\n      id\n    }\n  }\n": types.WithdrawPlacementFeedbackDocument,
    "\n  query FollowUpsDue($withinDays: Int!) {\n    followUpsDue(withinDays: $withinDays) {\n      stage\n      dueOn\n      state\n      claim {\n        id\n        status\n        participant {\n          id\n          code\n        }\n        placement {\n          id\n          title\n        }\n      }\n    }\n  }\n": types.FollowUpsDueDocument,
    "\n  query ClaimFollowUp($id: ID!) {\n    claim(id: $id) {\n      id\n      status\n      requestedStart\n      requestedEnd\n      allowedActions\n      participant {\n        id\n        code\n      }\n      placement {\n        id\n        title\n        kind\n        startDate\n        endDate\n      }\n      followUps {\n        stage\n        dueOn\n        state\n        record {\n          id\n          heldOn\n          attendance\n          tasks\n          concerns\n          nextStep\n          notes\n        }\n      }\n      outcomes {\n        id\n        stage\n        category\n        detail\n        subsidised\n        earlyEndReason\n      }\n      absences {\n        id\n        date\n        minutes\n        reason\n        note\n        deviation\n      }\n    }\n  }\n": types.ClaimFollowUpDocument,
    "\n  mutation RecordFollowUp($input: RecordFollowUpInput!) {\n    recordFollowUp(input: $input) {\n      id\n      stage\n    }\n  }\n": types.RecordFollowUpDocument,
    "\n  mutation RecordOutcome($input: RecordOutcomeInput!) {\n    recordOutcome(input: $input) {\n      id\n      stage\n      category\n    }\n  }\n": types.RecordOutcomeDocument,
    "\n  mutation RecordAbsence($input: RecordAbsenceInput!) {\n    recordAbsence(input: $input) {\n      id\n      date\n      minutes\n      deviation\n    }\n  }\n": types.RecordAbsenceDocument,
    "\n  query AfReport($month: String!) {\n    afReport(month: $month) {\n      month\n      organisationName\n      rows {\n        claimId\n        participantCode\n        placementTitle\n        workplaceName\n        periodStart\n        periodEnd\n        daysPresent\n        daysScheduled\n        deviations {\n          date\n          minutes\n          reason\n        }\n      }\n    }\n  }\n": types.AfReportDocument,
    "\n  query CalendarFeed {\n    calendarFeed {\n      active\n      createdAt\n    }\n  }\n": types.CalendarFeedDocument,
    "\n  mutation CreateCalendarFeed {\n    createCalendarFeed {\n      path\n      createdAt\n    }\n  }\n": types.CreateCalendarFeedDocument,
    "\n  mutation RevokeCalendarFeed {\n    revokeCalendarFeed\n  }\n": types.RevokeCalendarFeedDocument,
    "\n  subscription PlacementUpdated {\n    placementUpdated {\n      ...PlacementSummary\n      allowedActions\n      description\n      seatHoldings {\n        seats\n        organisation {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.PlacementUpdatedDocument,
    "\n  fragment PlacementSeats on Placement {\n    id\n    title\n    freeSeats\n    municipality {\n      code\n      name\n    }\n    seatHoldings {\n      seats\n      organisation {\n        id\n        name\n      }\n    }\n  }\n": types.PlacementSeatsFragmentDoc,
    "\n  fragment PlacementFreeSeats on Placement {\n    id\n    title\n    freeSeats\n    municipality {\n      code\n      name\n    }\n  }\n": types.PlacementFreeSeatsFragmentDoc,
    "\n  subscription NotificationReceived {\n    notificationReceived {\n      id\n    }\n  }\n": types.NotificationReceivedDocument,
    "\n  query PlacementsMatching($filter: BoardFilter, $ids: [ID!]!) {\n    placementsMatching(filter: $filter, ids: $ids)\n  }\n": types.PlacementsMatchingDocument,
    "\n  fragment NotificationItem on Notification {\n    id\n    event\n    createdAt\n    readAt\n    seats\n    dueAt\n    claimId\n    placement {\n      id\n      title\n      municipality {\n        code\n        name\n      }\n    }\n    counterpart {\n      id\n      name\n    }\n  }\n": types.NotificationItemFragmentDoc,
    "\n  query MyNotifications($first: Int!) {\n    myNotifications(first: $first) {\n      ...NotificationItem\n    }\n    unreadNotificationCount\n  }\n": types.MyNotificationsDocument,
    "\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n": types.UnreadNotificationCountDocument,
    "\n  mutation MarkNotificationsRead($ids: [ID!]) {\n    markNotificationsRead(ids: $ids)\n  }\n": types.MarkNotificationsReadDocument,
    "\n  query NotificationSettings {\n    notificationPreferences {\n      event\n      delivery\n    }\n    savedSearches {\n      id\n      name\n      filterJson\n      createdAt\n    }\n  }\n": types.NotificationSettingsDocument,
    "\n  mutation SetNotificationPreference($input: SetNotificationPreferenceInput!) {\n    setNotificationPreference(input: $input) {\n      event\n      delivery\n    }\n  }\n": types.SetNotificationPreferenceDocument,
    "\n  mutation SaveSearch($input: SaveSearchInput!) {\n    saveSearch(input: $input) {\n      id\n      name\n      filterJson\n      createdAt\n    }\n  }\n": types.SaveSearchDocument,
    "\n  mutation DeleteSavedSearch($id: ID!) {\n    deleteSavedSearch(id: $id)\n  }\n": types.DeleteSavedSearchDocument,
    "\n  fragment ParticipantRow on Participant {\n    id\n    code\n    swedishLevel\n    licences\n    availableFrom\n    minor\n    archivedAt\n    homeMunicipality {\n      code\n      name\n    }\n    occupationInterests {\n      id\n      label\n    }\n  }\n": types.ParticipantRowFragmentDoc,
    "\n  query OurParticipants($search: String, $includeArchived: Boolean) {\n    participants(search: $search, includeArchived: $includeArchived) {\n      ...ParticipantRow\n    }\n  }\n": types.OurParticipantsDocument,
    "\n  query ParticipantsReview {\n    participantsDueForReview {\n      lastActivityAt\n      participant {\n        id\n        code\n        archivedAt\n      }\n    }\n    participantPolicy {\n      inactiveMonths\n      retentionErases\n      keepClaimDetails\n      updatedAt\n    }\n  }\n": types.ParticipantsReviewDocument,
    "\n  query ParticipantFormReference {\n    municipalities {\n      code\n      name\n    }\n    occupationFields {\n      id\n      label\n    }\n  }\n": types.ParticipantFormReferenceDocument,
    "\n  mutation RegisterParticipant($input: RegisterParticipantInput!) {\n    registerParticipant(input: $input) {\n      ...ParticipantRow\n    }\n  }\n": types.RegisterParticipantDocument,
    "\n  mutation UpdateParticipant($id: ID!, $input: UpdateParticipantInput!) {\n    updateParticipant(id: $id, input: $input) {\n      ...ParticipantRow\n    }\n  }\n": types.UpdateParticipantDocument,
    "\n  mutation ArchiveParticipant($id: ID!) {\n    archiveParticipant(id: $id) {\n      ...ParticipantRow\n    }\n  }\n": types.ArchiveParticipantDocument,
    "\n  mutation RestoreParticipant($id: ID!) {\n    restoreParticipant(id: $id) {\n      ...ParticipantRow\n    }\n  }\n": types.RestoreParticipantDocument,
    "\n  mutation EraseParticipant($id: ID!) {\n    eraseParticipant(id: $id)\n  }\n": types.EraseParticipantDocument,
    "\n  mutation SetParticipantPolicy($input: SetParticipantPolicyInput!) {\n    setParticipantPolicy(input: $input) {\n      inactiveMonths\n      retentionErases\n      keepClaimDetails\n      updatedAt\n    }\n  }\n": types.SetParticipantPolicyDocument,
    "\n  fragment OurClaim on Claim {\n    id\n    status\n    seats\n    requestedStart\n    requestedEnd\n    expiresAt\n    reason\n    createdAt\n    allowedActions\n    participant {\n      id\n      code\n    }\n  }\n": types.OurClaimFragmentDoc,
    "\n  query PlacementDetail($id: ID!) {\n    placement(id: $id) {\n      ...PlacementSummary\n      allowedActions\n      description\n      visibility\n      postedAt\n      updatedAt\n      contact {\n        name\n        email\n        phone\n      }\n      requirements {\n        swedishLevel\n        licences\n        other\n      }\n      supervisor {\n        id\n        name\n        email\n        phone\n        trainedOn\n        trainingCourse\n        trainingStatus\n        trainingDueOn\n      }\n      workplace {\n        id\n        name\n        address\n        sector\n        municipality {\n          code\n          name\n        }\n      }\n      seatHoldings {\n        seats\n        heldSeats\n        confirmedSeats\n        organisation {\n          id\n          name\n        }\n      }\n      ourClaims {\n        ...OurClaim\n      }\n    }\n  }\n": types.PlacementDetailDocument,
    "\n  query PlacementForEdit($id: ID!) {\n    placement(id: $id) {\n      id\n      title\n      description\n      kind\n      capacity\n      startDate\n      endDate\n      hoursPerWeek\n      status\n      allowedActions\n      organisation {\n        id\n      }\n      occupationField {\n        id\n      }\n      supervisor {\n        id\n      }\n      workplace {\n        id\n      }\n      requirements {\n        swedishLevel\n        licences\n        other\n      }\n      visibility\n      visibleTo {\n        id\n      }\n    }\n  }\n": types.PlacementForEditDocument,
    "\n  query PlacementFormReference {\n    workplaces {\n      id\n      name\n      municipality {\n        code\n        name\n      }\n      supervisors {\n        id\n        name\n      }\n    }\n    occupationFields {\n      id\n      label\n    }\n    organisations {\n      id\n      name\n    }\n  }\n": types.PlacementFormReferenceDocument,
    "\n  mutation PostPlacement($input: PostPlacementInput!) {\n    postPlacement(input: $input) {\n      ...PlacementSummary\n    }\n  }\n": types.PostPlacementDocument,
    "\n  mutation UpdatePlacement($id: ID!, $input: UpdatePlacementInput!) {\n    updatePlacement(id: $id, input: $input) {\n      ...PlacementSummary\n    }\n  }\n": types.UpdatePlacementDocument,
    "\n  mutation PausePlacement($id: ID!) {\n    pausePlacement(id: $id) {\n      id\n      status\n      allowedActions\n    }\n  }\n": types.PausePlacementDocument,
    "\n  mutation ReopenPlacement($id: ID!) {\n    reopenPlacement(id: $id) {\n      id\n      status\n      allowedActions\n    }\n  }\n": types.ReopenPlacementDocument,
    "\n  mutation ClosePlacement($id: ID!) {\n    closePlacement(id: $id) {\n      id\n      status\n      freeSeats\n      allowedActions\n    }\n  }\n": types.ClosePlacementDocument,
    "\n  query PlacementRules {\n    placementKindRules {\n      kind\n      maxMonths\n    }\n    inputLimits {\n      titleMin\n      titleMax\n      descriptionMax\n      otherRequirementsMax\n      capacityMax\n      hoursPerWeekMax\n      reasonMax\n    }\n  }\n": types.PlacementRulesDocument,
    "\n  fragment PlacementFitSummary on PlacementFit {\n    fits\n    score\n    reasons {\n      check\n      met\n      requirement\n      licence\n      requiredLevel\n    }\n  }\n": types.PlacementFitSummaryFragmentDoc,
    "\n  query PlacementFit($id: ID!, $participantId: ID!) {\n    placement(id: $id) {\n      id\n      fit(participantId: $participantId) {\n        ...PlacementFitSummary\n      }\n    }\n  }\n": types.PlacementFitDocument,
    "\n  fragment WaitingListEntryItem on WaitingListEntry {\n    id\n    status\n    position\n    seats\n    createdAt\n    placement {\n      id\n      title\n    }\n    claim {\n      id\n      status\n    }\n  }\n": types.WaitingListEntryItemFragmentDoc,
    "\n  query PlacementQueue($id: ID!) {\n    placement(id: $id) {\n      id\n      waitingCount\n    }\n    myWaitingList {\n      ...WaitingListEntryItem\n    }\n  }\n": types.PlacementQueueDocument,
    "\n  query MyWaitingList {\n    myWaitingList(includeEnded: true) {\n      ...WaitingListEntryItem\n    }\n  }\n": types.MyWaitingListDocument,
    "\n  mutation JoinWaitingList($input: JoinWaitingListInput!) {\n    joinWaitingList(input: $input) {\n      ...WaitingListEntryItem\n    }\n  }\n": types.JoinWaitingListDocument,
    "\n  mutation LeaveWaitingList($id: ID!) {\n    leaveWaitingList(id: $id) {\n      ...WaitingListEntryItem\n    }\n  }\n": types.LeaveWaitingListDocument,
    "\n  mutation RenewClaim($id: ID!, $until: LocalDate!) {\n    renewClaim(id: $id, until: $until) {\n      ...ClaimWithPlacement\n    }\n  }\n": types.RenewClaimDocument,
    "\n  query Statistics($input: StatisticsInput!) {\n    statistics(input: $input) {\n      from\n      until\n      minGroup\n      rows {\n        ...StatisticsRowFields\n      }\n      total {\n        ...StatisticsRowFields\n      }\n    }\n  }\n\n  fragment StatisticValueFields on StatisticValue {\n    value\n    suppressed\n  }\n\n  fragment CategoryCountsFields on CategoryCounts {\n    total {\n      ...StatisticValueFields\n    }\n    byCategory {\n      category\n      count {\n        ...StatisticValueFields\n      }\n    }\n  }\n\n  fragment StatisticsRowFields on StatisticsRow {\n    key\n    label\n    seatsOffered\n    seatWeeksOffered\n    seatWeeksUsed {\n      ...StatisticValueFields\n    }\n    seatWeeksEmpty {\n      ...StatisticValueFields\n    }\n    fillRate {\n      ...StatisticValueFields\n    }\n    participants {\n      ...StatisticValueFields\n    }\n    otherOrganisation {\n      ...StatisticValueFields\n    }\n    ownOrganisation {\n      ...StatisticValueFields\n    }\n    otherOrganisationShare {\n      ...StatisticValueFields\n    }\n    medianDaysToFirstClaim {\n      ...StatisticValueFields\n    }\n    expiredHolds {\n      ...StatisticValueFields\n    }\n    earlyEnds {\n      ...CategoryCountsFields\n    }\n    outcomesAtEnd {\n      ...CategoryCountsFields\n    }\n    outcomesAfter90Days {\n      ...CategoryCountsFields\n    }\n  }\n": types.StatisticsDocument,
    "\n  query Users {\n    users {\n      id\n      name\n      email\n      role\n      active\n    }\n    loginLocks {\n      user {\n        id\n      }\n      failures\n      lockedUntil\n    }\n  }\n": types.UsersDocument,
    "\n  mutation InviteUser($input: InviteUserInput!) {\n    inviteUser(input: $input) {\n      token\n      expiresAt\n      user {\n        id\n        name\n        email\n        role\n        active\n      }\n    }\n  }\n": types.InviteUserDocument,
    "\n  mutation ChangeUserRole($input: ChangeUserRoleInput!) {\n    changeUserRole(input: $input) {\n      id\n      role\n    }\n  }\n": types.ChangeUserRoleDocument,
    "\n  mutation SetUserActive($id: ID!, $active: Boolean!) {\n    setUserActive(id: $id, active: $active) {\n      id\n      active\n    }\n  }\n": types.SetUserActiveDocument,
    "\n  mutation UnlockLogin($userId: ID!) {\n    unlockLogin(userId: $userId)\n  }\n": types.UnlockLoginDocument,
    "\n  mutation EndUserSessions($userId: ID!) {\n    endUserSessions(userId: $userId)\n  }\n": types.EndUserSessionsDocument,
    "\n  mutation ResetUserPassword($userId: ID!) {\n    resetUserPassword(userId: $userId) {\n      token\n      expiresAt\n      user {\n        id\n        name\n      }\n    }\n  }\n": types.ResetUserPasswordDocument,
    "\n  mutation SetPasswordWithToken($input: SetPasswordWithTokenInput!) {\n    setPasswordWithToken(input: $input)\n  }\n": types.SetPasswordWithTokenDocument,
    "\n  query MyAccount {\n    me {\n      id\n      name\n      email\n      contactEmail\n      contactPhone\n    }\n  }\n": types.MyAccountDocument,
    "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n": types.ChangePasswordDocument,
    "\n  mutation UpdateMyContactDetails($input: UpdateContactDetailsInput!) {\n    updateContactDetails(input: $input) {\n      id\n      contactEmail\n      contactPhone\n    }\n  }\n": types.UpdateMyContactDetailsDocument,
    "\n  query ChecklistTemplates {\n    checklistTemplates {\n      id\n      kind\n      industry\n      name\n      description\n      updatedAt\n      currentVersion {\n        id\n        number\n      }\n      createdBy {\n        id\n        name\n      }\n      items {\n        id\n        section\n        position\n        text\n      }\n    }\n  }\n": types.ChecklistTemplatesDocument,
    "\n  mutation CreateChecklistTemplate($input: CreateChecklistTemplateInput!) {\n    createChecklistTemplate(input: $input) {\n      id\n      name\n      currentVersion {\n        id\n        number\n      }\n    }\n  }\n": types.CreateChecklistTemplateDocument,
    "\n  mutation ReviseChecklistTemplate($input: ReviseChecklistTemplateInput!) {\n    reviseChecklistTemplate(input: $input) {\n      id\n      name\n      description\n      updatedAt\n      currentVersion {\n        id\n        number\n      }\n      items {\n        id\n        section\n        position\n        text\n      }\n    }\n  }\n": types.ReviseChecklistTemplateDocument,
    "\n  fragment PlacementChecklistFields on PlacementChecklist {\n    id\n    name\n    kind\n    templateVersion\n    template {\n      id\n    }\n    items {\n      id\n      section\n      position\n      text\n    }\n  }\n": types.PlacementChecklistFieldsFragmentDoc,
    "\n  query PlacementChecklists($id: ID!) {\n    placement(id: $id) {\n      id\n      mayEditChecklists\n      checklists {\n        ...PlacementChecklistFields\n      }\n      ourClaims {\n        id\n        status\n        mayStartValidation\n        participant {\n          id\n          code\n        }\n      }\n    }\n  }\n": types.PlacementChecklistsDocument,
    "\n  mutation AttachChecklist($input: AttachChecklistInput!) {\n    attachChecklist(input: $input) {\n      ...PlacementChecklistFields\n    }\n  }\n": types.AttachChecklistDocument,
    "\n  mutation TailorPlacementChecklist($input: TailorPlacementChecklistInput!) {\n    tailorPlacementChecklist(input: $input) {\n      ...PlacementChecklistFields\n    }\n  }\n": types.TailorPlacementChecklistDocument,
    "\n  mutation DetachPlacementChecklist($id: ID!) {\n    detachPlacementChecklist(id: $id) {\n      id\n      removedAt\n    }\n  }\n": types.DetachPlacementChecklistDocument,
    "\n  query ClaimValidations($id: ID!) {\n    claim(id: $id) {\n      id\n      status\n      mayStartValidation\n      participant {\n        id\n        code\n      }\n      placement {\n        id\n        title\n        supervisor {\n          id\n          name\n        }\n        workplace {\n          id\n          name\n        }\n        checklists {\n          id\n          name\n          kind\n        }\n      }\n      validations {\n        id\n        supervisorName\n        supervisorTitle\n        mayRecord\n        checklist {\n          id\n          name\n          kind\n        }\n      }\n    }\n  }\n": types.ClaimValidationsDocument,
    "\n  query ValidationDetail($id: ID!) {\n    validation(id: $id) {\n      id\n      mayRecord\n      records {\n        id\n        itemId\n        level\n        observedOn\n        observer\n      }\n      progress {\n        item {\n          id\n          section\n          position\n          text\n          removedAt\n        }\n        latest {\n          id\n          level\n          observedOn\n        }\n      }\n    }\n  }\n": types.ValidationDetailDocument,
    "\n  mutation StartValidation($input: StartValidationInput!) {\n    startValidation(input: $input) {\n      id\n    }\n  }\n": types.StartValidationDocument,
    "\n  mutation RecordValidation($input: RecordValidationInput!) {\n    recordValidation(input: $input) {\n      id\n    }\n  }\n": types.RecordValidationDocument,
    "\n  query SkillsSummary($participantId: ID!) {\n    participantSkillsSummary(participantId: $participantId) {\n      participantId\n      participantCode\n      organisationName\n      generatedOn\n      validations {\n        validationId\n        checklistName\n        kind\n        placementTitle\n        workplaceName\n        municipalityName\n        placementOrganisationName\n        supervisorName\n        supervisorTitle\n        firstObservedOn\n        lastObservedOn\n        items {\n          section\n          text\n          level\n          observedOn\n        }\n      }\n    }\n  }\n": types.SkillsSummaryDocument,
    "\n  fragment SupervisorRow on Supervisor {\n    id\n    name\n    email\n    phone\n    trainedOn\n    trainingCourse\n    trainingStatus\n    trainingDueOn\n  }\n": types.SupervisorRowFragmentDoc,
    "\n  fragment WorkplaceRow on Workplace {\n    id\n    name\n    sector\n    address\n    organisationNumber\n    contactName\n    contactPhone\n    contactEmail\n    archivedAt\n    allowedActions\n    municipality {\n      code\n      name\n    }\n    supervisors {\n      ...SupervisorRow\n    }\n  }\n": types.WorkplaceRowFragmentDoc,
    "\n  query OurWorkplaces($includeArchived: Boolean!) {\n    workplaces(includeArchived: $includeArchived) {\n      ...WorkplaceRow\n    }\n    municipalities(kakOnly: false) {\n      code\n      name\n    }\n    me {\n      id\n      organisation {\n        id\n        municipalityCode\n      }\n    }\n  }\n": types.OurWorkplacesDocument,
    "\n  mutation CreateWorkplace($input: CreateWorkplaceInput!) {\n    createWorkplace(input: $input) {\n      ...WorkplaceRow\n    }\n  }\n": types.CreateWorkplaceDocument,
    "\n  mutation UpdateWorkplace($id: ID!, $input: UpdateWorkplaceInput!) {\n    updateWorkplace(id: $id, input: $input) {\n      ...WorkplaceRow\n    }\n  }\n": types.UpdateWorkplaceDocument,
    "\n  mutation ArchiveWorkplace($id: ID!) {\n    archiveWorkplace(id: $id) {\n      id\n      archivedAt\n      allowedActions\n    }\n  }\n": types.ArchiveWorkplaceDocument,
    "\n  mutation RestoreWorkplace($id: ID!) {\n    restoreWorkplace(id: $id) {\n      id\n      archivedAt\n      allowedActions\n    }\n  }\n": types.RestoreWorkplaceDocument,
    "\n  mutation AddSupervisor($input: AddSupervisorInput!) {\n    addSupervisor(input: $input) {\n      ...SupervisorRow\n    }\n  }\n": types.AddSupervisorDocument,
    "\n  mutation RecordSupervisorTraining($input: RecordSupervisorTrainingInput!) {\n    recordSupervisorTraining(input: $input) {\n      ...SupervisorRow\n    }\n  }\n": types.RecordSupervisorTrainingDocument,
    "\n  query SupervisorRegister($filter: SupervisorRegisterFilter) {\n    supervisorRegister(filter: $filter) {\n      ...SupervisorRow\n      workplace {\n        id\n        name\n        municipality {\n          code\n          name\n        }\n        organisation {\n          id\n          name\n        }\n      }\n    }\n    supervisorTrainingValidYears\n    organisations {\n      id\n      name\n    }\n  }\n": types.SupervisorRegisterDocument,
    "\n  query OrganisationSettings {\n    me {\n      id\n      organisation {\n        id\n        requireTrainedSupervisor\n      }\n    }\n  }\n": types.OrganisationSettingsDocument,
    "\n  mutation UpdateOrganisationSettings($input: OrganisationSettingsInput!) {\n    updateOrganisationSettings(input: $input) {\n      id\n      requireTrainedSupervisor\n    }\n  }\n": types.UpdateOrganisationSettingsDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditLog($first: Int!, $after: String, $filter: AuditLogFilter) {\n    auditLog(first: $first, after: $after, filter: $filter) {\n      id\n      at\n      action\n      entity\n      entityId\n      ip\n      cursor\n      user {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query AuditLog($first: Int!, $after: String, $filter: AuditLogFilter) {\n    auditLog(first: $first, after: $after, filter: $filter) {\n      id\n      at\n      action\n      entity\n      entityId\n      ip\n      cursor\n      user {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditFilterChoices {\n    auditActions\n    users {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  query AuditFilterChoices {\n    auditActions\n    users {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n      user {\n        ...Viewer\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n      user {\n        ...Viewer\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment Viewer on User {\n    id\n    name\n    email\n    role\n    organisation {\n      id\n      slug\n      name\n      kind\n    }\n  }\n"): (typeof documents)["\n  fragment Viewer on User {\n    id\n    name\n    email\n    role\n    organisation {\n      id\n      slug\n      name\n      kind\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      ...Viewer\n    }\n  }\n"): (typeof documents)["\n  query Me {\n    me {\n      ...Viewer\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Logout {\n    logout\n  }\n"): (typeof documents)["\n  mutation Logout {\n    logout\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PlacementSummary on Placement {\n    id\n    title\n    kind\n    status\n    capacity\n    freeSeats\n    startDate\n    endDate\n    standing\n    hoursPerWeek\n    municipality {\n      code\n      name\n    }\n    organisation {\n      id\n      slug\n      name\n    }\n    workplace {\n      id\n      name\n    }\n    supervisor {\n      id\n      trainingStatus\n    }\n    occupationField {\n      id\n      label\n    }\n    feedbackSummary {\n      ...FeedbackSummaryFields\n    }\n  }\n"): (typeof documents)["\n  fragment PlacementSummary on Placement {\n    id\n    title\n    kind\n    status\n    capacity\n    freeSeats\n    startDate\n    endDate\n    standing\n    hoursPerWeek\n    municipality {\n      code\n      name\n    }\n    organisation {\n      id\n      slug\n      name\n    }\n    workplace {\n      id\n      name\n    }\n    supervisor {\n      id\n      trainingStatus\n    }\n    occupationField {\n      id\n      label\n    }\n    feedbackSummary {\n      ...FeedbackSummaryFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Board(\n    $filter: BoardFilter\n    $first: Int!\n    $after: String\n    $sort: BoardSort!\n    $forParticipantId: ID\n    $withFit: Boolean! = false\n    $fitFor: ID = \"-\"\n  ) {\n    board(filter: $filter, first: $first, after: $after, sort: $sort, forParticipantId: $forParticipantId) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...PlacementSummary\n          # Primed with the page (no extra statement); live updates name who took a seat from it.\n          seatHoldings {\n            seats\n            organisation {\n              id\n              name\n            }\n          }\n          # Issue 11: with a participant picked, how each placement fits them.\n          fit(participantId: $fitFor) @include(if: $withFit) {\n            ...PlacementFitSummary\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query Board(\n    $filter: BoardFilter\n    $first: Int!\n    $after: String\n    $sort: BoardSort!\n    $forParticipantId: ID\n    $withFit: Boolean! = false\n    $fitFor: ID = \"-\"\n  ) {\n    board(filter: $filter, first: $first, after: $after, sort: $sort, forParticipantId: $forParticipantId) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...PlacementSummary\n          # Primed with the page (no extra statement); live updates name who took a seat from it.\n          seatHoldings {\n            seats\n            organisation {\n              id\n              name\n            }\n          }\n          # Issue 11: with a participant picked, how each placement fits them.\n          fit(participantId: $fitFor) @include(if: $withFit) {\n            ...PlacementFitSummary\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BoardReference {\n    municipalities(kakOnly: true) {\n      code\n      name\n    }\n    occupationFields {\n      id\n      label\n    }\n  }\n"): (typeof documents)["\n  query BoardReference {\n    municipalities(kakOnly: true) {\n      code\n      name\n    }\n    occupationFields {\n      id\n      label\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Participants {\n    participants {\n      id\n      code\n      minor\n    }\n  }\n"): (typeof documents)["\n  query Participants {\n    participants {\n      id\n      code\n      minor\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ClaimSeat($input: ClaimSeatInput!) {\n    claimSeat(input: $input) {\n      ...OurClaim\n      placement {\n        id\n        freeSeats\n        allowedActions\n        seatHoldings {\n          seats\n          organisation {\n            id\n            name\n          }\n        }\n        ourClaims {\n          ...OurClaim\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ClaimSeat($input: ClaimSeatInput!) {\n    claimSeat(input: $input) {\n      ...OurClaim\n      placement {\n        id\n        freeSeats\n        allowedActions\n        seatHoldings {\n          seats\n          organisation {\n            id\n            name\n          }\n        }\n        ourClaims {\n          ...OurClaim\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ClaimWithPlacement on Claim {\n    id\n    status\n    seats\n    requestedStart\n    requestedEnd\n    expiresAt\n    reason\n    updatedAt\n    allowedActions\n    # Issue 11: where the claim stands under its kind's renewal rules, and the chain of renewals.\n    renewal {\n      renewable\n      capMonths\n      capEnd\n      latestEnd\n      nearCap\n    }\n    renewals {\n      previousEnd\n      newEnd\n      renewedAt\n    }\n    organisation {\n      id\n      name\n    }\n    placement {\n      id\n      title\n      freeSeats\n      capacity\n      startDate\n      endDate\n      workplace {\n        id\n        name\n      }\n      municipality {\n        code\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment ClaimWithPlacement on Claim {\n    id\n    status\n    seats\n    requestedStart\n    requestedEnd\n    expiresAt\n    reason\n    updatedAt\n    allowedActions\n    # Issue 11: where the claim stands under its kind's renewal rules, and the chain of renewals.\n    renewal {\n      renewable\n      capMonths\n      capEnd\n      latestEnd\n      nearCap\n    }\n    renewals {\n      previousEnd\n      newEnd\n      renewedAt\n    }\n    organisation {\n      id\n      name\n    }\n    placement {\n      id\n      title\n      freeSeats\n      capacity\n      startDate\n      endDate\n      workplace {\n        id\n        name\n      }\n      municipality {\n        code\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReleaseClaim($id: ID!) {\n    releaseClaim(id: $id) {\n      ...ClaimWithPlacement\n    }\n  }\n"): (typeof documents)["\n  mutation ReleaseClaim($id: ID!) {\n    releaseClaim(id: $id) {\n      ...ClaimWithPlacement\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConfirmClaim($id: ID!) {\n    confirmClaim(id: $id) {\n      ...ClaimWithPlacement\n    }\n  }\n"): (typeof documents)["\n  mutation ConfirmClaim($id: ID!) {\n    confirmClaim(id: $id) {\n      ...ClaimWithPlacement\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeclineClaim($id: ID!, $reason: String, $category: DeclineCategory) {\n    declineClaim(id: $id, reason: $reason, category: $category) {\n      ...ClaimWithPlacement\n    }\n  }\n"): (typeof documents)["\n  mutation DeclineClaim($id: ID!, $reason: String, $category: DeclineCategory) {\n    declineClaim(id: $id, reason: $reason, category: $category) {\n      ...ClaimWithPlacement\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartClaim($id: ID!) {\n    startClaim(id: $id) {\n      ...ClaimWithPlacement\n    }\n  }\n"): (typeof documents)["\n  mutation StartClaim($id: ID!) {\n    startClaim(id: $id) {\n      ...ClaimWithPlacement\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CompleteClaim($id: ID!) {\n    completeClaim(id: $id) {\n      ...ClaimWithPlacement\n    }\n  }\n"): (typeof documents)["\n  mutation CompleteClaim($id: ID!) {\n    completeClaim(id: $id) {\n      ...ClaimWithPlacement\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EndClaimEarly($id: ID!, $reason: String!) {\n    endClaimEarly(id: $id, reason: $reason) {\n      ...ClaimWithPlacement\n    }\n  }\n"): (typeof documents)["\n  mutation EndClaimEarly($id: ID!, $reason: String!) {\n    endClaimEarly(id: $id, reason: $reason) {\n      ...ClaimWithPlacement\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyOrganisation {\n    myClaims {\n      ...ClaimWithPlacement\n      participant {\n        id\n        code\n      }\n    }\n    claimsOnOurPlacements(statuses: [CONFIRMED, ACTIVE]) {\n      ...ClaimWithPlacement\n    }\n    claimsAwaitingDecision {\n      ...ClaimWithPlacement\n      claimedBy {\n        name\n        email\n        phone\n      }\n      participantSharing\n      participant {\n        id\n        code\n        swedishLevel\n        licences\n      }\n      unmetRequirements\n      overrideReason\n    }\n    board(filter: { ownOnly: true, statuses: [OPEN, PAUSED, DRAFT] }, first: 100, sort: START_DATE) {\n      totalCount\n      edges {\n        node {\n          ...PlacementSummary\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyOrganisation {\n    myClaims {\n      ...ClaimWithPlacement\n      participant {\n        id\n        code\n      }\n    }\n    claimsOnOurPlacements(statuses: [CONFIRMED, ACTIVE]) {\n      ...ClaimWithPlacement\n    }\n    claimsAwaitingDecision {\n      ...ClaimWithPlacement\n      claimedBy {\n        name\n        email\n        phone\n      }\n      participantSharing\n      participant {\n        id\n        code\n        swedishLevel\n        licences\n      }\n      unmetRequirements\n      overrideReason\n    }\n    board(filter: { ownOnly: true, statuses: [OPEN, PAUSED, DRAFT] }, first: 100, sort: START_DATE) {\n      totalCount\n      edges {\n        node {\n          ...PlacementSummary\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ConsentItem on Consent {\n    id\n    status\n    validUntil\n    revokedAt\n    recordedAt\n    documentReference\n    guardianAgreed\n    allowedActions\n    organisations {\n      id\n      name\n    }\n    recordedBy {\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment ConsentItem on Consent {\n    id\n    status\n    validUntil\n    revokedAt\n    recordedAt\n    documentReference\n    guardianAgreed\n    allowedActions\n    organisations {\n      id\n      name\n    }\n    recordedBy {\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ParticipantConsents($participantId: ID!) {\n    participantConsents(participantId: $participantId) {\n      ...ConsentItem\n    }\n    organisations {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  query ParticipantConsents($participantId: ID!) {\n    participantConsents(participantId: $participantId) {\n      ...ConsentItem\n    }\n    organisations {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordConsent($input: RecordConsentInput!) {\n    recordConsent(input: $input) {\n      ...ConsentItem\n    }\n  }\n"): (typeof documents)["\n  mutation RecordConsent($input: RecordConsentInput!) {\n    recordConsent(input: $input) {\n      ...ConsentItem\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeConsent($id: ID!) {\n    revokeConsent(id: $id) {\n      ...ConsentItem\n    }\n  }\n"): (typeof documents)["\n  mutation RevokeConsent($id: ID!) {\n    revokeConsent(id: $id) {\n      ...ConsentItem\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment FeedbackSummaryFields on FeedbackSummary {\n    count\n    recommendations\n    warnings\n    openWarnings\n    latestKind\n    latestExcerpt\n    latestResolved\n  }\n"): (typeof documents)["\n  fragment FeedbackSummaryFields on FeedbackSummary {\n    count\n    recommendations\n    warnings\n    openWarnings\n    latestKind\n    latestExcerpt\n    latestResolved\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PlacementFeedbackItem on PlacementFeedback {\n    id\n    kind\n    text\n    tags\n    basedOnClaim\n    createdAt\n    answer\n    answeredAt\n    resolved\n    resolvedAt\n    allowedActions\n    organisation {\n      id\n      slug\n      name\n    }\n    author {\n      name\n      email\n      phone\n    }\n  }\n"): (typeof documents)["\n  fragment PlacementFeedbackItem on PlacementFeedback {\n    id\n    kind\n    text\n    tags\n    basedOnClaim\n    createdAt\n    answer\n    answeredAt\n    resolved\n    resolvedAt\n    allowedActions\n    organisation {\n      id\n      slug\n      name\n    }\n    author {\n      name\n      email\n      phone\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PlacementFeedback($id: ID!) {\n    placement(id: $id) {\n      id\n      organisation {\n        id\n        name\n      }\n      mayLeaveFeedback\n      feedback {\n        ...PlacementFeedbackItem\n      }\n      feedbackSummary {\n        ...FeedbackSummaryFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query PlacementFeedback($id: ID!) {\n    placement(id: $id) {\n      id\n      organisation {\n        id\n        name\n      }\n      mayLeaveFeedback\n      feedback {\n        ...PlacementFeedbackItem\n      }\n      feedbackSummary {\n        ...FeedbackSummaryFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LeavePlacementFeedback($input: LeavePlacementFeedbackInput!) {\n    leavePlacementFeedback(input: $input) {\n      ...PlacementFeedbackItem\n    }\n  }\n"): (typeof documents)["\n  mutation LeavePlacementFeedback($input: LeavePlacementFeedbackInput!) {\n    leavePlacementFeedback(input: $input) {\n      ...PlacementFeedbackItem\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AnswerPlacementFeedback($input: AnswerPlacementFeedbackInput!) {\n    answerPlacementFeedback(input: $input) {\n      ...PlacementFeedbackItem\n    }\n  }\n"): (typeof documents)["\n  mutation AnswerPlacementFeedback($input: AnswerPlacementFeedbackInput!) {\n    answerPlacementFeedback(input: $input) {\n      ...PlacementFeedbackItem\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResolvePlacementWarning($id: ID!) {\n    resolvePlacementWarning(id: $id) {\n      ...PlacementFeedbackItem\n    }\n  }\n"): (typeof documents)["\n  mutation ResolvePlacementWarning($id: ID!) {\n    resolvePlacementWarning(id: $id) {\n      ...PlacementFeedbackItem\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WithdrawPlacementFeedback($id: ID!) {\n    withdrawPlacementFeedback(id: $id) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation WithdrawPlacementFeedback($id: ID!) {\n    withdrawPlacementFeedback(id: $id) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FollowUpsDue($withinDays: Int!) {\n    followUpsDue(withinDays: $withinDays) {\n      stage\n      dueOn\n      state\n      claim {\n        id\n        status\n        participant {\n          id\n          code\n        }\n        placement {\n          id\n          title\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query FollowUpsDue($withinDays: Int!) {\n    followUpsDue(withinDays: $withinDays) {\n      stage\n      dueOn\n      state\n      claim {\n        id\n        status\n        participant {\n          id\n          code\n        }\n        placement {\n          id\n          title\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ClaimFollowUp($id: ID!) {\n    claim(id: $id) {\n      id\n      status\n      requestedStart\n      requestedEnd\n      allowedActions\n      participant {\n        id\n        code\n      }\n      placement {\n        id\n        title\n        kind\n        startDate\n        endDate\n      }\n      followUps {\n        stage\n        dueOn\n        state\n        record {\n          id\n          heldOn\n          attendance\n          tasks\n          concerns\n          nextStep\n          notes\n        }\n      }\n      outcomes {\n        id\n        stage\n        category\n        detail\n        subsidised\n        earlyEndReason\n      }\n      absences {\n        id\n        date\n        minutes\n        reason\n        note\n        deviation\n      }\n    }\n  }\n"): (typeof documents)["\n  query ClaimFollowUp($id: ID!) {\n    claim(id: $id) {\n      id\n      status\n      requestedStart\n      requestedEnd\n      allowedActions\n      participant {\n        id\n        code\n      }\n      placement {\n        id\n        title\n        kind\n        startDate\n        endDate\n      }\n      followUps {\n        stage\n        dueOn\n        state\n        record {\n          id\n          heldOn\n          attendance\n          tasks\n          concerns\n          nextStep\n          notes\n        }\n      }\n      outcomes {\n        id\n        stage\n        category\n        detail\n        subsidised\n        earlyEndReason\n      }\n      absences {\n        id\n        date\n        minutes\n        reason\n        note\n        deviation\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordFollowUp($input: RecordFollowUpInput!) {\n    recordFollowUp(input: $input) {\n      id\n      stage\n    }\n  }\n"): (typeof documents)["\n  mutation RecordFollowUp($input: RecordFollowUpInput!) {\n    recordFollowUp(input: $input) {\n      id\n      stage\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordOutcome($input: RecordOutcomeInput!) {\n    recordOutcome(input: $input) {\n      id\n      stage\n      category\n    }\n  }\n"): (typeof documents)["\n  mutation RecordOutcome($input: RecordOutcomeInput!) {\n    recordOutcome(input: $input) {\n      id\n      stage\n      category\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordAbsence($input: RecordAbsenceInput!) {\n    recordAbsence(input: $input) {\n      id\n      date\n      minutes\n      deviation\n    }\n  }\n"): (typeof documents)["\n  mutation RecordAbsence($input: RecordAbsenceInput!) {\n    recordAbsence(input: $input) {\n      id\n      date\n      minutes\n      deviation\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AfReport($month: String!) {\n    afReport(month: $month) {\n      month\n      organisationName\n      rows {\n        claimId\n        participantCode\n        placementTitle\n        workplaceName\n        periodStart\n        periodEnd\n        daysPresent\n        daysScheduled\n        deviations {\n          date\n          minutes\n          reason\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AfReport($month: String!) {\n    afReport(month: $month) {\n      month\n      organisationName\n      rows {\n        claimId\n        participantCode\n        placementTitle\n        workplaceName\n        periodStart\n        periodEnd\n        daysPresent\n        daysScheduled\n        deviations {\n          date\n          minutes\n          reason\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CalendarFeed {\n    calendarFeed {\n      active\n      createdAt\n    }\n  }\n"): (typeof documents)["\n  query CalendarFeed {\n    calendarFeed {\n      active\n      createdAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateCalendarFeed {\n    createCalendarFeed {\n      path\n      createdAt\n    }\n  }\n"): (typeof documents)["\n  mutation CreateCalendarFeed {\n    createCalendarFeed {\n      path\n      createdAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeCalendarFeed {\n    revokeCalendarFeed\n  }\n"): (typeof documents)["\n  mutation RevokeCalendarFeed {\n    revokeCalendarFeed\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription PlacementUpdated {\n    placementUpdated {\n      ...PlacementSummary\n      allowedActions\n      description\n      seatHoldings {\n        seats\n        organisation {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription PlacementUpdated {\n    placementUpdated {\n      ...PlacementSummary\n      allowedActions\n      description\n      seatHoldings {\n        seats\n        organisation {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PlacementSeats on Placement {\n    id\n    title\n    freeSeats\n    municipality {\n      code\n      name\n    }\n    seatHoldings {\n      seats\n      organisation {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment PlacementSeats on Placement {\n    id\n    title\n    freeSeats\n    municipality {\n      code\n      name\n    }\n    seatHoldings {\n      seats\n      organisation {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PlacementFreeSeats on Placement {\n    id\n    title\n    freeSeats\n    municipality {\n      code\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment PlacementFreeSeats on Placement {\n    id\n    title\n    freeSeats\n    municipality {\n      code\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription NotificationReceived {\n    notificationReceived {\n      id\n    }\n  }\n"): (typeof documents)["\n  subscription NotificationReceived {\n    notificationReceived {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PlacementsMatching($filter: BoardFilter, $ids: [ID!]!) {\n    placementsMatching(filter: $filter, ids: $ids)\n  }\n"): (typeof documents)["\n  query PlacementsMatching($filter: BoardFilter, $ids: [ID!]!) {\n    placementsMatching(filter: $filter, ids: $ids)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment NotificationItem on Notification {\n    id\n    event\n    createdAt\n    readAt\n    seats\n    dueAt\n    claimId\n    placement {\n      id\n      title\n      municipality {\n        code\n        name\n      }\n    }\n    counterpart {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment NotificationItem on Notification {\n    id\n    event\n    createdAt\n    readAt\n    seats\n    dueAt\n    claimId\n    placement {\n      id\n      title\n      municipality {\n        code\n        name\n      }\n    }\n    counterpart {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyNotifications($first: Int!) {\n    myNotifications(first: $first) {\n      ...NotificationItem\n    }\n    unreadNotificationCount\n  }\n"): (typeof documents)["\n  query MyNotifications($first: Int!) {\n    myNotifications(first: $first) {\n      ...NotificationItem\n    }\n    unreadNotificationCount\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n"): (typeof documents)["\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkNotificationsRead($ids: [ID!]) {\n    markNotificationsRead(ids: $ids)\n  }\n"): (typeof documents)["\n  mutation MarkNotificationsRead($ids: [ID!]) {\n    markNotificationsRead(ids: $ids)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NotificationSettings {\n    notificationPreferences {\n      event\n      delivery\n    }\n    savedSearches {\n      id\n      name\n      filterJson\n      createdAt\n    }\n  }\n"): (typeof documents)["\n  query NotificationSettings {\n    notificationPreferences {\n      event\n      delivery\n    }\n    savedSearches {\n      id\n      name\n      filterJson\n      createdAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetNotificationPreference($input: SetNotificationPreferenceInput!) {\n    setNotificationPreference(input: $input) {\n      event\n      delivery\n    }\n  }\n"): (typeof documents)["\n  mutation SetNotificationPreference($input: SetNotificationPreferenceInput!) {\n    setNotificationPreference(input: $input) {\n      event\n      delivery\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveSearch($input: SaveSearchInput!) {\n    saveSearch(input: $input) {\n      id\n      name\n      filterJson\n      createdAt\n    }\n  }\n"): (typeof documents)["\n  mutation SaveSearch($input: SaveSearchInput!) {\n    saveSearch(input: $input) {\n      id\n      name\n      filterJson\n      createdAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteSavedSearch($id: ID!) {\n    deleteSavedSearch(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeleteSavedSearch($id: ID!) {\n    deleteSavedSearch(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ParticipantRow on Participant {\n    id\n    code\n    swedishLevel\n    licences\n    availableFrom\n    minor\n    archivedAt\n    homeMunicipality {\n      code\n      name\n    }\n    occupationInterests {\n      id\n      label\n    }\n  }\n"): (typeof documents)["\n  fragment ParticipantRow on Participant {\n    id\n    code\n    swedishLevel\n    licences\n    availableFrom\n    minor\n    archivedAt\n    homeMunicipality {\n      code\n      name\n    }\n    occupationInterests {\n      id\n      label\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OurParticipants($search: String, $includeArchived: Boolean) {\n    participants(search: $search, includeArchived: $includeArchived) {\n      ...ParticipantRow\n    }\n  }\n"): (typeof documents)["\n  query OurParticipants($search: String, $includeArchived: Boolean) {\n    participants(search: $search, includeArchived: $includeArchived) {\n      ...ParticipantRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ParticipantsReview {\n    participantsDueForReview {\n      lastActivityAt\n      participant {\n        id\n        code\n        archivedAt\n      }\n    }\n    participantPolicy {\n      inactiveMonths\n      retentionErases\n      keepClaimDetails\n      updatedAt\n    }\n  }\n"): (typeof documents)["\n  query ParticipantsReview {\n    participantsDueForReview {\n      lastActivityAt\n      participant {\n        id\n        code\n        archivedAt\n      }\n    }\n    participantPolicy {\n      inactiveMonths\n      retentionErases\n      keepClaimDetails\n      updatedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ParticipantFormReference {\n    municipalities {\n      code\n      name\n    }\n    occupationFields {\n      id\n      label\n    }\n  }\n"): (typeof documents)["\n  query ParticipantFormReference {\n    municipalities {\n      code\n      name\n    }\n    occupationFields {\n      id\n      label\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegisterParticipant($input: RegisterParticipantInput!) {\n    registerParticipant(input: $input) {\n      ...ParticipantRow\n    }\n  }\n"): (typeof documents)["\n  mutation RegisterParticipant($input: RegisterParticipantInput!) {\n    registerParticipant(input: $input) {\n      ...ParticipantRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateParticipant($id: ID!, $input: UpdateParticipantInput!) {\n    updateParticipant(id: $id, input: $input) {\n      ...ParticipantRow\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateParticipant($id: ID!, $input: UpdateParticipantInput!) {\n    updateParticipant(id: $id, input: $input) {\n      ...ParticipantRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ArchiveParticipant($id: ID!) {\n    archiveParticipant(id: $id) {\n      ...ParticipantRow\n    }\n  }\n"): (typeof documents)["\n  mutation ArchiveParticipant($id: ID!) {\n    archiveParticipant(id: $id) {\n      ...ParticipantRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RestoreParticipant($id: ID!) {\n    restoreParticipant(id: $id) {\n      ...ParticipantRow\n    }\n  }\n"): (typeof documents)["\n  mutation RestoreParticipant($id: ID!) {\n    restoreParticipant(id: $id) {\n      ...ParticipantRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EraseParticipant($id: ID!) {\n    eraseParticipant(id: $id)\n  }\n"): (typeof documents)["\n  mutation EraseParticipant($id: ID!) {\n    eraseParticipant(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetParticipantPolicy($input: SetParticipantPolicyInput!) {\n    setParticipantPolicy(input: $input) {\n      inactiveMonths\n      retentionErases\n      keepClaimDetails\n      updatedAt\n    }\n  }\n"): (typeof documents)["\n  mutation SetParticipantPolicy($input: SetParticipantPolicyInput!) {\n    setParticipantPolicy(input: $input) {\n      inactiveMonths\n      retentionErases\n      keepClaimDetails\n      updatedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OurClaim on Claim {\n    id\n    status\n    seats\n    requestedStart\n    requestedEnd\n    expiresAt\n    reason\n    createdAt\n    allowedActions\n    participant {\n      id\n      code\n    }\n  }\n"): (typeof documents)["\n  fragment OurClaim on Claim {\n    id\n    status\n    seats\n    requestedStart\n    requestedEnd\n    expiresAt\n    reason\n    createdAt\n    allowedActions\n    participant {\n      id\n      code\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PlacementDetail($id: ID!) {\n    placement(id: $id) {\n      ...PlacementSummary\n      allowedActions\n      description\n      visibility\n      postedAt\n      updatedAt\n      contact {\n        name\n        email\n        phone\n      }\n      requirements {\n        swedishLevel\n        licences\n        other\n      }\n      supervisor {\n        id\n        name\n        email\n        phone\n        trainedOn\n        trainingCourse\n        trainingStatus\n        trainingDueOn\n      }\n      workplace {\n        id\n        name\n        address\n        sector\n        municipality {\n          code\n          name\n        }\n      }\n      seatHoldings {\n        seats\n        heldSeats\n        confirmedSeats\n        organisation {\n          id\n          name\n        }\n      }\n      ourClaims {\n        ...OurClaim\n      }\n    }\n  }\n"): (typeof documents)["\n  query PlacementDetail($id: ID!) {\n    placement(id: $id) {\n      ...PlacementSummary\n      allowedActions\n      description\n      visibility\n      postedAt\n      updatedAt\n      contact {\n        name\n        email\n        phone\n      }\n      requirements {\n        swedishLevel\n        licences\n        other\n      }\n      supervisor {\n        id\n        name\n        email\n        phone\n        trainedOn\n        trainingCourse\n        trainingStatus\n        trainingDueOn\n      }\n      workplace {\n        id\n        name\n        address\n        sector\n        municipality {\n          code\n          name\n        }\n      }\n      seatHoldings {\n        seats\n        heldSeats\n        confirmedSeats\n        organisation {\n          id\n          name\n        }\n      }\n      ourClaims {\n        ...OurClaim\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PlacementForEdit($id: ID!) {\n    placement(id: $id) {\n      id\n      title\n      description\n      kind\n      capacity\n      startDate\n      endDate\n      hoursPerWeek\n      status\n      allowedActions\n      organisation {\n        id\n      }\n      occupationField {\n        id\n      }\n      supervisor {\n        id\n      }\n      workplace {\n        id\n      }\n      requirements {\n        swedishLevel\n        licences\n        other\n      }\n      visibility\n      visibleTo {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  query PlacementForEdit($id: ID!) {\n    placement(id: $id) {\n      id\n      title\n      description\n      kind\n      capacity\n      startDate\n      endDate\n      hoursPerWeek\n      status\n      allowedActions\n      organisation {\n        id\n      }\n      occupationField {\n        id\n      }\n      supervisor {\n        id\n      }\n      workplace {\n        id\n      }\n      requirements {\n        swedishLevel\n        licences\n        other\n      }\n      visibility\n      visibleTo {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PlacementFormReference {\n    workplaces {\n      id\n      name\n      municipality {\n        code\n        name\n      }\n      supervisors {\n        id\n        name\n      }\n    }\n    occupationFields {\n      id\n      label\n    }\n    organisations {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  query PlacementFormReference {\n    workplaces {\n      id\n      name\n      municipality {\n        code\n        name\n      }\n      supervisors {\n        id\n        name\n      }\n    }\n    occupationFields {\n      id\n      label\n    }\n    organisations {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PostPlacement($input: PostPlacementInput!) {\n    postPlacement(input: $input) {\n      ...PlacementSummary\n    }\n  }\n"): (typeof documents)["\n  mutation PostPlacement($input: PostPlacementInput!) {\n    postPlacement(input: $input) {\n      ...PlacementSummary\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdatePlacement($id: ID!, $input: UpdatePlacementInput!) {\n    updatePlacement(id: $id, input: $input) {\n      ...PlacementSummary\n    }\n  }\n"): (typeof documents)["\n  mutation UpdatePlacement($id: ID!, $input: UpdatePlacementInput!) {\n    updatePlacement(id: $id, input: $input) {\n      ...PlacementSummary\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PausePlacement($id: ID!) {\n    pausePlacement(id: $id) {\n      id\n      status\n      allowedActions\n    }\n  }\n"): (typeof documents)["\n  mutation PausePlacement($id: ID!) {\n    pausePlacement(id: $id) {\n      id\n      status\n      allowedActions\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReopenPlacement($id: ID!) {\n    reopenPlacement(id: $id) {\n      id\n      status\n      allowedActions\n    }\n  }\n"): (typeof documents)["\n  mutation ReopenPlacement($id: ID!) {\n    reopenPlacement(id: $id) {\n      id\n      status\n      allowedActions\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ClosePlacement($id: ID!) {\n    closePlacement(id: $id) {\n      id\n      status\n      freeSeats\n      allowedActions\n    }\n  }\n"): (typeof documents)["\n  mutation ClosePlacement($id: ID!) {\n    closePlacement(id: $id) {\n      id\n      status\n      freeSeats\n      allowedActions\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PlacementRules {\n    placementKindRules {\n      kind\n      maxMonths\n    }\n    inputLimits {\n      titleMin\n      titleMax\n      descriptionMax\n      otherRequirementsMax\n      capacityMax\n      hoursPerWeekMax\n      reasonMax\n    }\n  }\n"): (typeof documents)["\n  query PlacementRules {\n    placementKindRules {\n      kind\n      maxMonths\n    }\n    inputLimits {\n      titleMin\n      titleMax\n      descriptionMax\n      otherRequirementsMax\n      capacityMax\n      hoursPerWeekMax\n      reasonMax\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PlacementFitSummary on PlacementFit {\n    fits\n    score\n    reasons {\n      check\n      met\n      requirement\n      licence\n      requiredLevel\n    }\n  }\n"): (typeof documents)["\n  fragment PlacementFitSummary on PlacementFit {\n    fits\n    score\n    reasons {\n      check\n      met\n      requirement\n      licence\n      requiredLevel\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PlacementFit($id: ID!, $participantId: ID!) {\n    placement(id: $id) {\n      id\n      fit(participantId: $participantId) {\n        ...PlacementFitSummary\n      }\n    }\n  }\n"): (typeof documents)["\n  query PlacementFit($id: ID!, $participantId: ID!) {\n    placement(id: $id) {\n      id\n      fit(participantId: $participantId) {\n        ...PlacementFitSummary\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment WaitingListEntryItem on WaitingListEntry {\n    id\n    status\n    position\n    seats\n    createdAt\n    placement {\n      id\n      title\n    }\n    claim {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  fragment WaitingListEntryItem on WaitingListEntry {\n    id\n    status\n    position\n    seats\n    createdAt\n    placement {\n      id\n      title\n    }\n    claim {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PlacementQueue($id: ID!) {\n    placement(id: $id) {\n      id\n      waitingCount\n    }\n    myWaitingList {\n      ...WaitingListEntryItem\n    }\n  }\n"): (typeof documents)["\n  query PlacementQueue($id: ID!) {\n    placement(id: $id) {\n      id\n      waitingCount\n    }\n    myWaitingList {\n      ...WaitingListEntryItem\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyWaitingList {\n    myWaitingList(includeEnded: true) {\n      ...WaitingListEntryItem\n    }\n  }\n"): (typeof documents)["\n  query MyWaitingList {\n    myWaitingList(includeEnded: true) {\n      ...WaitingListEntryItem\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation JoinWaitingList($input: JoinWaitingListInput!) {\n    joinWaitingList(input: $input) {\n      ...WaitingListEntryItem\n    }\n  }\n"): (typeof documents)["\n  mutation JoinWaitingList($input: JoinWaitingListInput!) {\n    joinWaitingList(input: $input) {\n      ...WaitingListEntryItem\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LeaveWaitingList($id: ID!) {\n    leaveWaitingList(id: $id) {\n      ...WaitingListEntryItem\n    }\n  }\n"): (typeof documents)["\n  mutation LeaveWaitingList($id: ID!) {\n    leaveWaitingList(id: $id) {\n      ...WaitingListEntryItem\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RenewClaim($id: ID!, $until: LocalDate!) {\n    renewClaim(id: $id, until: $until) {\n      ...ClaimWithPlacement\n    }\n  }\n"): (typeof documents)["\n  mutation RenewClaim($id: ID!, $until: LocalDate!) {\n    renewClaim(id: $id, until: $until) {\n      ...ClaimWithPlacement\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Statistics($input: StatisticsInput!) {\n    statistics(input: $input) {\n      from\n      until\n      minGroup\n      rows {\n        ...StatisticsRowFields\n      }\n      total {\n        ...StatisticsRowFields\n      }\n    }\n  }\n\n  fragment StatisticValueFields on StatisticValue {\n    value\n    suppressed\n  }\n\n  fragment CategoryCountsFields on CategoryCounts {\n    total {\n      ...StatisticValueFields\n    }\n    byCategory {\n      category\n      count {\n        ...StatisticValueFields\n      }\n    }\n  }\n\n  fragment StatisticsRowFields on StatisticsRow {\n    key\n    label\n    seatsOffered\n    seatWeeksOffered\n    seatWeeksUsed {\n      ...StatisticValueFields\n    }\n    seatWeeksEmpty {\n      ...StatisticValueFields\n    }\n    fillRate {\n      ...StatisticValueFields\n    }\n    participants {\n      ...StatisticValueFields\n    }\n    otherOrganisation {\n      ...StatisticValueFields\n    }\n    ownOrganisation {\n      ...StatisticValueFields\n    }\n    otherOrganisationShare {\n      ...StatisticValueFields\n    }\n    medianDaysToFirstClaim {\n      ...StatisticValueFields\n    }\n    expiredHolds {\n      ...StatisticValueFields\n    }\n    earlyEnds {\n      ...CategoryCountsFields\n    }\n    outcomesAtEnd {\n      ...CategoryCountsFields\n    }\n    outcomesAfter90Days {\n      ...CategoryCountsFields\n    }\n  }\n"): (typeof documents)["\n  query Statistics($input: StatisticsInput!) {\n    statistics(input: $input) {\n      from\n      until\n      minGroup\n      rows {\n        ...StatisticsRowFields\n      }\n      total {\n        ...StatisticsRowFields\n      }\n    }\n  }\n\n  fragment StatisticValueFields on StatisticValue {\n    value\n    suppressed\n  }\n\n  fragment CategoryCountsFields on CategoryCounts {\n    total {\n      ...StatisticValueFields\n    }\n    byCategory {\n      category\n      count {\n        ...StatisticValueFields\n      }\n    }\n  }\n\n  fragment StatisticsRowFields on StatisticsRow {\n    key\n    label\n    seatsOffered\n    seatWeeksOffered\n    seatWeeksUsed {\n      ...StatisticValueFields\n    }\n    seatWeeksEmpty {\n      ...StatisticValueFields\n    }\n    fillRate {\n      ...StatisticValueFields\n    }\n    participants {\n      ...StatisticValueFields\n    }\n    otherOrganisation {\n      ...StatisticValueFields\n    }\n    ownOrganisation {\n      ...StatisticValueFields\n    }\n    otherOrganisationShare {\n      ...StatisticValueFields\n    }\n    medianDaysToFirstClaim {\n      ...StatisticValueFields\n    }\n    expiredHolds {\n      ...StatisticValueFields\n    }\n    earlyEnds {\n      ...CategoryCountsFields\n    }\n    outcomesAtEnd {\n      ...CategoryCountsFields\n    }\n    outcomesAfter90Days {\n      ...CategoryCountsFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Users {\n    users {\n      id\n      name\n      email\n      role\n      active\n    }\n    loginLocks {\n      user {\n        id\n      }\n      failures\n      lockedUntil\n    }\n  }\n"): (typeof documents)["\n  query Users {\n    users {\n      id\n      name\n      email\n      role\n      active\n    }\n    loginLocks {\n      user {\n        id\n      }\n      failures\n      lockedUntil\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InviteUser($input: InviteUserInput!) {\n    inviteUser(input: $input) {\n      token\n      expiresAt\n      user {\n        id\n        name\n        email\n        role\n        active\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation InviteUser($input: InviteUserInput!) {\n    inviteUser(input: $input) {\n      token\n      expiresAt\n      user {\n        id\n        name\n        email\n        role\n        active\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangeUserRole($input: ChangeUserRoleInput!) {\n    changeUserRole(input: $input) {\n      id\n      role\n    }\n  }\n"): (typeof documents)["\n  mutation ChangeUserRole($input: ChangeUserRoleInput!) {\n    changeUserRole(input: $input) {\n      id\n      role\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetUserActive($id: ID!, $active: Boolean!) {\n    setUserActive(id: $id, active: $active) {\n      id\n      active\n    }\n  }\n"): (typeof documents)["\n  mutation SetUserActive($id: ID!, $active: Boolean!) {\n    setUserActive(id: $id, active: $active) {\n      id\n      active\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnlockLogin($userId: ID!) {\n    unlockLogin(userId: $userId)\n  }\n"): (typeof documents)["\n  mutation UnlockLogin($userId: ID!) {\n    unlockLogin(userId: $userId)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EndUserSessions($userId: ID!) {\n    endUserSessions(userId: $userId)\n  }\n"): (typeof documents)["\n  mutation EndUserSessions($userId: ID!) {\n    endUserSessions(userId: $userId)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetUserPassword($userId: ID!) {\n    resetUserPassword(userId: $userId) {\n      token\n      expiresAt\n      user {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ResetUserPassword($userId: ID!) {\n    resetUserPassword(userId: $userId) {\n      token\n      expiresAt\n      user {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetPasswordWithToken($input: SetPasswordWithTokenInput!) {\n    setPasswordWithToken(input: $input)\n  }\n"): (typeof documents)["\n  mutation SetPasswordWithToken($input: SetPasswordWithTokenInput!) {\n    setPasswordWithToken(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyAccount {\n    me {\n      id\n      name\n      email\n      contactEmail\n      contactPhone\n    }\n  }\n"): (typeof documents)["\n  query MyAccount {\n    me {\n      id\n      name\n      email\n      contactEmail\n      contactPhone\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n"): (typeof documents)["\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateMyContactDetails($input: UpdateContactDetailsInput!) {\n    updateContactDetails(input: $input) {\n      id\n      contactEmail\n      contactPhone\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateMyContactDetails($input: UpdateContactDetailsInput!) {\n    updateContactDetails(input: $input) {\n      id\n      contactEmail\n      contactPhone\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ChecklistTemplates {\n    checklistTemplates {\n      id\n      kind\n      industry\n      name\n      description\n      updatedAt\n      currentVersion {\n        id\n        number\n      }\n      createdBy {\n        id\n        name\n      }\n      items {\n        id\n        section\n        position\n        text\n      }\n    }\n  }\n"): (typeof documents)["\n  query ChecklistTemplates {\n    checklistTemplates {\n      id\n      kind\n      industry\n      name\n      description\n      updatedAt\n      currentVersion {\n        id\n        number\n      }\n      createdBy {\n        id\n        name\n      }\n      items {\n        id\n        section\n        position\n        text\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateChecklistTemplate($input: CreateChecklistTemplateInput!) {\n    createChecklistTemplate(input: $input) {\n      id\n      name\n      currentVersion {\n        id\n        number\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateChecklistTemplate($input: CreateChecklistTemplateInput!) {\n    createChecklistTemplate(input: $input) {\n      id\n      name\n      currentVersion {\n        id\n        number\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReviseChecklistTemplate($input: ReviseChecklistTemplateInput!) {\n    reviseChecklistTemplate(input: $input) {\n      id\n      name\n      description\n      updatedAt\n      currentVersion {\n        id\n        number\n      }\n      items {\n        id\n        section\n        position\n        text\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ReviseChecklistTemplate($input: ReviseChecklistTemplateInput!) {\n    reviseChecklistTemplate(input: $input) {\n      id\n      name\n      description\n      updatedAt\n      currentVersion {\n        id\n        number\n      }\n      items {\n        id\n        section\n        position\n        text\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PlacementChecklistFields on PlacementChecklist {\n    id\n    name\n    kind\n    templateVersion\n    template {\n      id\n    }\n    items {\n      id\n      section\n      position\n      text\n    }\n  }\n"): (typeof documents)["\n  fragment PlacementChecklistFields on PlacementChecklist {\n    id\n    name\n    kind\n    templateVersion\n    template {\n      id\n    }\n    items {\n      id\n      section\n      position\n      text\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PlacementChecklists($id: ID!) {\n    placement(id: $id) {\n      id\n      mayEditChecklists\n      checklists {\n        ...PlacementChecklistFields\n      }\n      ourClaims {\n        id\n        status\n        mayStartValidation\n        participant {\n          id\n          code\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PlacementChecklists($id: ID!) {\n    placement(id: $id) {\n      id\n      mayEditChecklists\n      checklists {\n        ...PlacementChecklistFields\n      }\n      ourClaims {\n        id\n        status\n        mayStartValidation\n        participant {\n          id\n          code\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AttachChecklist($input: AttachChecklistInput!) {\n    attachChecklist(input: $input) {\n      ...PlacementChecklistFields\n    }\n  }\n"): (typeof documents)["\n  mutation AttachChecklist($input: AttachChecklistInput!) {\n    attachChecklist(input: $input) {\n      ...PlacementChecklistFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TailorPlacementChecklist($input: TailorPlacementChecklistInput!) {\n    tailorPlacementChecklist(input: $input) {\n      ...PlacementChecklistFields\n    }\n  }\n"): (typeof documents)["\n  mutation TailorPlacementChecklist($input: TailorPlacementChecklistInput!) {\n    tailorPlacementChecklist(input: $input) {\n      ...PlacementChecklistFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DetachPlacementChecklist($id: ID!) {\n    detachPlacementChecklist(id: $id) {\n      id\n      removedAt\n    }\n  }\n"): (typeof documents)["\n  mutation DetachPlacementChecklist($id: ID!) {\n    detachPlacementChecklist(id: $id) {\n      id\n      removedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ClaimValidations($id: ID!) {\n    claim(id: $id) {\n      id\n      status\n      mayStartValidation\n      participant {\n        id\n        code\n      }\n      placement {\n        id\n        title\n        supervisor {\n          id\n          name\n        }\n        workplace {\n          id\n          name\n        }\n        checklists {\n          id\n          name\n          kind\n        }\n      }\n      validations {\n        id\n        supervisorName\n        supervisorTitle\n        mayRecord\n        checklist {\n          id\n          name\n          kind\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ClaimValidations($id: ID!) {\n    claim(id: $id) {\n      id\n      status\n      mayStartValidation\n      participant {\n        id\n        code\n      }\n      placement {\n        id\n        title\n        supervisor {\n          id\n          name\n        }\n        workplace {\n          id\n          name\n        }\n        checklists {\n          id\n          name\n          kind\n        }\n      }\n      validations {\n        id\n        supervisorName\n        supervisorTitle\n        mayRecord\n        checklist {\n          id\n          name\n          kind\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ValidationDetail($id: ID!) {\n    validation(id: $id) {\n      id\n      mayRecord\n      records {\n        id\n        itemId\n        level\n        observedOn\n        observer\n      }\n      progress {\n        item {\n          id\n          section\n          position\n          text\n          removedAt\n        }\n        latest {\n          id\n          level\n          observedOn\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ValidationDetail($id: ID!) {\n    validation(id: $id) {\n      id\n      mayRecord\n      records {\n        id\n        itemId\n        level\n        observedOn\n        observer\n      }\n      progress {\n        item {\n          id\n          section\n          position\n          text\n          removedAt\n        }\n        latest {\n          id\n          level\n          observedOn\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartValidation($input: StartValidationInput!) {\n    startValidation(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation StartValidation($input: StartValidationInput!) {\n    startValidation(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordValidation($input: RecordValidationInput!) {\n    recordValidation(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation RecordValidation($input: RecordValidationInput!) {\n    recordValidation(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SkillsSummary($participantId: ID!) {\n    participantSkillsSummary(participantId: $participantId) {\n      participantId\n      participantCode\n      organisationName\n      generatedOn\n      validations {\n        validationId\n        checklistName\n        kind\n        placementTitle\n        workplaceName\n        municipalityName\n        placementOrganisationName\n        supervisorName\n        supervisorTitle\n        firstObservedOn\n        lastObservedOn\n        items {\n          section\n          text\n          level\n          observedOn\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query SkillsSummary($participantId: ID!) {\n    participantSkillsSummary(participantId: $participantId) {\n      participantId\n      participantCode\n      organisationName\n      generatedOn\n      validations {\n        validationId\n        checklistName\n        kind\n        placementTitle\n        workplaceName\n        municipalityName\n        placementOrganisationName\n        supervisorName\n        supervisorTitle\n        firstObservedOn\n        lastObservedOn\n        items {\n          section\n          text\n          level\n          observedOn\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SupervisorRow on Supervisor {\n    id\n    name\n    email\n    phone\n    trainedOn\n    trainingCourse\n    trainingStatus\n    trainingDueOn\n  }\n"): (typeof documents)["\n  fragment SupervisorRow on Supervisor {\n    id\n    name\n    email\n    phone\n    trainedOn\n    trainingCourse\n    trainingStatus\n    trainingDueOn\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment WorkplaceRow on Workplace {\n    id\n    name\n    sector\n    address\n    organisationNumber\n    contactName\n    contactPhone\n    contactEmail\n    archivedAt\n    allowedActions\n    municipality {\n      code\n      name\n    }\n    supervisors {\n      ...SupervisorRow\n    }\n  }\n"): (typeof documents)["\n  fragment WorkplaceRow on Workplace {\n    id\n    name\n    sector\n    address\n    organisationNumber\n    contactName\n    contactPhone\n    contactEmail\n    archivedAt\n    allowedActions\n    municipality {\n      code\n      name\n    }\n    supervisors {\n      ...SupervisorRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OurWorkplaces($includeArchived: Boolean!) {\n    workplaces(includeArchived: $includeArchived) {\n      ...WorkplaceRow\n    }\n    municipalities(kakOnly: false) {\n      code\n      name\n    }\n    me {\n      id\n      organisation {\n        id\n        municipalityCode\n      }\n    }\n  }\n"): (typeof documents)["\n  query OurWorkplaces($includeArchived: Boolean!) {\n    workplaces(includeArchived: $includeArchived) {\n      ...WorkplaceRow\n    }\n    municipalities(kakOnly: false) {\n      code\n      name\n    }\n    me {\n      id\n      organisation {\n        id\n        municipalityCode\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateWorkplace($input: CreateWorkplaceInput!) {\n    createWorkplace(input: $input) {\n      ...WorkplaceRow\n    }\n  }\n"): (typeof documents)["\n  mutation CreateWorkplace($input: CreateWorkplaceInput!) {\n    createWorkplace(input: $input) {\n      ...WorkplaceRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateWorkplace($id: ID!, $input: UpdateWorkplaceInput!) {\n    updateWorkplace(id: $id, input: $input) {\n      ...WorkplaceRow\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateWorkplace($id: ID!, $input: UpdateWorkplaceInput!) {\n    updateWorkplace(id: $id, input: $input) {\n      ...WorkplaceRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ArchiveWorkplace($id: ID!) {\n    archiveWorkplace(id: $id) {\n      id\n      archivedAt\n      allowedActions\n    }\n  }\n"): (typeof documents)["\n  mutation ArchiveWorkplace($id: ID!) {\n    archiveWorkplace(id: $id) {\n      id\n      archivedAt\n      allowedActions\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RestoreWorkplace($id: ID!) {\n    restoreWorkplace(id: $id) {\n      id\n      archivedAt\n      allowedActions\n    }\n  }\n"): (typeof documents)["\n  mutation RestoreWorkplace($id: ID!) {\n    restoreWorkplace(id: $id) {\n      id\n      archivedAt\n      allowedActions\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddSupervisor($input: AddSupervisorInput!) {\n    addSupervisor(input: $input) {\n      ...SupervisorRow\n    }\n  }\n"): (typeof documents)["\n  mutation AddSupervisor($input: AddSupervisorInput!) {\n    addSupervisor(input: $input) {\n      ...SupervisorRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordSupervisorTraining($input: RecordSupervisorTrainingInput!) {\n    recordSupervisorTraining(input: $input) {\n      ...SupervisorRow\n    }\n  }\n"): (typeof documents)["\n  mutation RecordSupervisorTraining($input: RecordSupervisorTrainingInput!) {\n    recordSupervisorTraining(input: $input) {\n      ...SupervisorRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SupervisorRegister($filter: SupervisorRegisterFilter) {\n    supervisorRegister(filter: $filter) {\n      ...SupervisorRow\n      workplace {\n        id\n        name\n        municipality {\n          code\n          name\n        }\n        organisation {\n          id\n          name\n        }\n      }\n    }\n    supervisorTrainingValidYears\n    organisations {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  query SupervisorRegister($filter: SupervisorRegisterFilter) {\n    supervisorRegister(filter: $filter) {\n      ...SupervisorRow\n      workplace {\n        id\n        name\n        municipality {\n          code\n          name\n        }\n        organisation {\n          id\n          name\n        }\n      }\n    }\n    supervisorTrainingValidYears\n    organisations {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrganisationSettings {\n    me {\n      id\n      organisation {\n        id\n        requireTrainedSupervisor\n      }\n    }\n  }\n"): (typeof documents)["\n  query OrganisationSettings {\n    me {\n      id\n      organisation {\n        id\n        requireTrainedSupervisor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateOrganisationSettings($input: OrganisationSettingsInput!) {\n    updateOrganisationSettings(input: $input) {\n      id\n      requireTrainedSupervisor\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateOrganisationSettings($input: OrganisationSettingsInput!) {\n    updateOrganisationSettings(input: $input) {\n      id\n      requireTrainedSupervisor\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;