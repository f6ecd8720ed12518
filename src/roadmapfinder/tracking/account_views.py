"""Accounts: sign-up, rate-limited log-in, the account page (tokens, data), and deleting the account."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth import login, logout
from django.contrib.auth import views as auth_views
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse, HttpResponseBase
from django.shortcuts import redirect, render
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.http import require_POST

from roadmapfinder.tracking import selectors, services
from roadmapfinder.tracking.backends import LEARNER_BACKEND
from roadmapfinder.tracking.forms import DeleteAccountForm, SignupForm
from roadmapfinder.tracking.limits import SIGNUP_RATE, TOKEN_RATE, login_limited, rate_limited
from roadmapfinder.tracking.trackers import learner

FORM_PAGE = "tracking/form_page.html"


@rate_limited("signup", SIGNUP_RATE)
def signup(request: HttpRequest) -> HttpResponseBase:
    """Create an account and sign in; progress tracked in the session joins the new account."""
    form = SignupForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        user = form.save()
        login(request, user, backend=LEARNER_BACKEND)
        messages.success(request, "Welcome! Your progress is now saved to your account.")
        target = request.POST.get("next", "")
        safe = url_has_allowed_host_and_scheme(target, {request.get_host()}, require_https=request.is_secure())
        return redirect(target if safe else "dashboard")
    context = {"form": form, "title": "Sign up", "submit": "Create my account", "next": request.GET.get("next", "")}
    return render(request, FORM_PAGE, context, status=400 if form.errors else 200)


_login_view = auth_views.LoginView.as_view(
    template_name=FORM_PAGE, extra_context={"title": "Log in", "submit": "Log in", "login_page": True}
)


@login_limited("login")
def login_view(request: HttpRequest) -> HttpResponseBase:
    """Django's log-in, limited per client address and, for unknown browsers, per account (tracking/limits.py)."""
    return _login_view(request)


@login_required
def account(request: HttpRequest) -> HttpResponse:
    """The account page: API tokens, export and import of data, password change and deletion."""
    return render(request, "tracking/account.html", {"tokens": selectors.tokens_of(user=learner(request))})


@login_required
@require_POST
@rate_limited("token", TOKEN_RATE)
def token_create(request: HttpRequest) -> HttpResponse:
    """Create a personal API token and show it once."""
    _, secret = services.token_create(user=learner(request), name=request.POST.get("name", ""))
    context = {"tokens": selectors.tokens_of(user=learner(request)), "new_secret": secret}
    return render(request, "tracking/account.html", context, status=201)


@login_required
@require_POST
def token_revoke(request: HttpRequest, token_id: int) -> HttpResponseBase:
    """Revoke one of the learner's tokens (someone else's token is a 404)."""
    services.token_revoke(user=learner(request), token_id=token_id)
    messages.success(request, "Token revoked.")
    return redirect("account")


@login_required
def delete_account(request: HttpRequest) -> HttpResponseBase:
    """Delete the account and all its data, after the password is confirmed."""
    form = DeleteAccountForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        user = learner(request)
        if user.check_password(form.cleaned_data["password"]):
            logout(request)
            services.account_delete(user=user)
            messages.success(request, "Your account and all its data were deleted.")
            return redirect("home")
        form.add_error("password", "That is not your password.")
    context = {
        "form": form,
        "title": "Delete my account",
        "intro": "This deletes your account, progress, notes, answers, tokens and saved plans. It cannot be undone.",
        "submit": "Delete my account and all my data",
        "danger": True,
    }
    return render(request, FORM_PAGE, context, status=400 if form.errors else 200)
