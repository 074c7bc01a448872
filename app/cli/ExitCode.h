#pragma once

// The exit status of every command, as scripts and CI pipelines read it.
enum ExitCode : int {
    ExitSuccess = 0,
    ExitUserError = 1,        // the message is on stderr and nothing changed
    ExitIntegrityFailure = 3, // verify found something changed behind the application's back
    ExitUsage = 2,            // unknown command or option, missing argument
    ExitOutcomeUnknown = 5,   // the server did not answer after a change was sent: it may have been applied
};
