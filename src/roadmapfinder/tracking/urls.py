"""Accounts under /accounts/, the learner's pages under /me."""

from __future__ import annotations

from django.contrib.auth import views as auth_views
from django.urls import path

from roadmapfinder.tracking import account_views, review_views, views
from roadmapfinder.tracking.limits import LOGIN_RATE, rate_limited

FORM_PAGE = account_views.FORM_PAGE


def _page(title: str, submit: str = "", intro: str = "") -> dict[str, object]:
    return {"template_name": FORM_PAGE, "extra_context": {"title": title, "submit": submit, "intro": intro}}


urlpatterns = [
    path("accounts/signup/", account_views.signup, name="signup"),
    path("accounts/login/", account_views.login_view, name="login"),
    path("accounts/logout/", auth_views.LogoutView.as_view(), name="logout"),
    path(
        "accounts/password/change/",
        auth_views.PasswordChangeView.as_view(**_page("Change my password", "Change password")),
        name="password_change",
    ),
    path(
        "accounts/password/change/done/",
        auth_views.PasswordChangeDoneView.as_view(**_page("Password changed", intro="Your password was changed.")),
        name="password_change_done",
    ),
    path(
        "accounts/password/reset/",
        rate_limited("password-reset", LOGIN_RATE)(
            auth_views.PasswordResetView.as_view(
                **_page("Reset my password", "Send me a reset link", "We e-mail a link to the account's address."),
                email_template_name="tracking/password_reset_email.txt",
            )
        ),
        name="password_reset",
    ),
    path(
        "accounts/password/reset/sent/",
        auth_views.PasswordResetDoneView.as_view(
            **_page("Check your e-mail", intro="If an account has that address, a reset link is on its way.")
        ),
        name="password_reset_done",
    ),
    path(
        "accounts/password/reset/<uidb64>/<token>/",
        auth_views.PasswordResetConfirmView.as_view(**_page("Choose a new password", "Set my password")),
        name="password_reset_confirm",
    ),
    path(
        "accounts/password/reset/done/",
        auth_views.PasswordResetCompleteView.as_view(
            **_page("Password set", intro="Your new password is set; you can log in.")
        ),
        name="password_reset_complete",
    ),
    path("accounts/delete/", account_views.delete_account, name="account-delete"),
    path("me/review", review_views.review, name="review"),
    path("me/account", account_views.account, name="account"),
    path("me/tokens", account_views.token_create, name="token-create"),
    path("me/tokens/<int:token_id>/revoke", account_views.token_revoke, name="token-revoke"),
    path("me/progress/start", views.start_tracking, name="progress-start"),
    path("me/progress/topic", views.mark_topic, name="progress-topic"),
    path("me/progress/project", views.mark_project, name="progress-project"),
    path("me/progress/hours", views.save_hours, name="progress-hours"),
    path("me/roadmaps/<slug:slug>/follow", views.follow_roadmap, name="follow-roadmap"),
    path("me/generated/<slug:roadmap_id>/follow", views.follow_generated, name="follow-generated"),
    path("me/notes/<slug:topic_id>", views.save_note, name="note"),
    path("me/export", views.export_data, name="data-export"),
    path("me/import", views.import_data, name="data-import"),
]
