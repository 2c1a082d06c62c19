import { graphql } from "./generated";

export const StatisticsDocument = graphql(`
  query Statistics($input: StatisticsInput!) {
    statistics(input: $input) {
      from
      until
      minGroup
      rows {
        ...StatisticsRowFields
      }
      total {
        ...StatisticsRowFields
      }
    }
  }

  fragment StatisticValueFields on StatisticValue {
    value
    suppressed
  }

  fragment CategoryCountsFields on CategoryCounts {
    total {
      ...StatisticValueFields
    }
    byCategory {
      category
      count {
        ...StatisticValueFields
      }
    }
  }

  fragment StatisticsRowFields on StatisticsRow {
    key
    label
    seatsOffered
    seatWeeksOffered
    seatWeeksUsed {
      ...StatisticValueFields
    }
    seatWeeksEmpty {
      ...StatisticValueFields
    }
    fillRate {
      ...StatisticValueFields
    }
    participants {
      ...StatisticValueFields
    }
    otherOrganisation {
      ...StatisticValueFields
    }
    ownOrganisation {
      ...StatisticValueFields
    }
    otherOrganisationShare {
      ...StatisticValueFields
    }
    medianDaysToFirstClaim {
      ...StatisticValueFields
    }
    expiredHolds {
      ...StatisticValueFields
    }
    earlyEnds {
      ...CategoryCountsFields
    }
    outcomesAtEnd {
      ...CategoryCountsFields
    }
    outcomesAfter90Days {
      ...CategoryCountsFields
    }
  }
`);
