/** The instant integration tests and the e2e server run at unless CLOCK_FIXED_AT says otherwise. */
export const TEST_CLOCK_DEFAULT = '2027-03-01T09:00:00+07:00';
