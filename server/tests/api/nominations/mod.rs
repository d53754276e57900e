use app::{
    accounts::Logout,
    nominations::{
        AcceptInvitation, DecideSubmission, DismissFlag, GetScreeningQueue, GetSubmission,
        GetSubmissionForScreening, ImportPastWinners, InviteCoOwner, ListMySubmissions,
        ListOrganisations, MergeOrganisations, RemoveCoOwner, SaveSubmission, SubmissionStatus,
        SubmitSubmission,
    },
};
use reqwest::StatusCode;

use crate::support::{
    PASSWORD, create, description, form, new_draft, other_person, sent_submission, spawn_app,
    status_of, upload,
};

mod owners;
mod registry;
mod reminders;
mod screening;
mod thread;
