"""Error pages: not found, bad request and server error, each telling the reader what to do next."""

import pytest
from django.template.loader import render_to_string
from django.test import RequestFactory
from django.views import defaults

pytestmark = pytest.mark.django_db


def test_unknown_address_shows_not_found_in_the_site_layout(client):
    response = client.get("/no/such/page/")
    assert response.status_code == 404
    html = response.content.decode()
    assert "Page not found" in html
    assert 'class="site-header"' in html and 'href="/organizations/"' in html
    assert 'action="/search/"' in html


def test_request_for_an_unknown_host_is_a_bad_request_in_the_site_layout(client):
    response = client.get("/", HTTP_HOST="attacker.example")
    assert response.status_code == 400
    html = response.content.decode()
    assert "This request cannot be answered" in html
    assert 'class="site-header"' in html


def test_server_error_page_needs_neither_database_nor_request(django_assert_num_queries):
    with django_assert_num_queries(0):
        html = render_to_string("500.html")
    assert "Something went wrong on our side" in html
    assert 'href="/"' in html


def test_server_error_handler_answers_500_with_the_page(django_assert_num_queries):
    request = RequestFactory().get("/anything/")
    with django_assert_num_queries(0):
        response = defaults.server_error(request)
    assert response.status_code == 500
    assert "Something went wrong on our side" in response.content.decode()
