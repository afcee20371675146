// The built-in knowledge base as content: every action reachable, every text translated,
// every link well-formed, and each stack's snippets naming its own providers only.
#include "kickstart/core/builtin.hpp"
#include "kickstart/core/plan_io.hpp"
#include "kickstart/core/planner.hpp"

#include "support.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <cctype>
#include <map>
#include <regex>
#include <set>

namespace {

const kickstart::Knowledge& knowledge() {
    const auto& loaded = kickstart::builtin_knowledge();
    REQUIRE_MESSAGE(loaded.ok(), loaded.error().message);
    return loaded.value();
}

kickstart::Answers with(std::initializer_list<std::pair<const char*, const char*>> choices) {
    kickstart::Answers answers = knowledge().questionnaire.defaults();
    for (const auto& [question, option] : choices) answers.values[question] = std::string(option);
    return answers;
}

// All snippet code a plan shows for the given actions, rendered for the organisation.
std::string snippet_text(const kickstart::Plan& plan, const kickstart::Answers& answers,
                         const std::set<std::string>& action_ids) {
    std::string text;
    for (const auto& item : plan.items) {
        const auto& action = knowledge().catalog.actions()[item.action];
        if (!action_ids.contains(action.id)) continue;
        for (const auto& snippet : action.snippets) text += kickstart::render_snippet_code(snippet, answers, kickstart::Language::en) + "\n";
        for (const std::size_t v : item.variants) {
            for (const auto& snippet : action.variants[v].snippets) {
                text += kickstart::render_snippet_code(snippet, answers, kickstart::Language::en) + "\n";
            }
        }
    }
    return text;
}

std::string lower(std::string text) {
    std::transform(text.begin(), text.end(), text.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return text;
}

}  // namespace

TEST_SUITE("knowledge base") {

TEST_CASE("every action applies under some answers") {
    std::set<std::string> seen;
    std::mt19937 random(2026);
    for (int i = 0; i < 3000 && seen.size() < knowledge().catalog.actions().size(); ++i) {
        const auto answers = test_support::random_answers(knowledge().questionnaire, random);
        for (const auto& action : knowledge().catalog.actions()) {
            if (kickstart::applies(action, answers)) seen.insert(action.id);
        }
    }
    for (const auto& action : knowledge().catalog.actions()) CHECK_MESSAGE(seen.contains(action.id), action.id);
}

TEST_CASE("no text is left untranslated: longer Polish texts differ from the English") {
    std::vector<std::string> same;
    const auto check = [&](const kickstart::LocalizedText& text, const std::string& where) {
        const std::string& en = text.in(kickstart::Language::en);
        if (en.size() >= 24 && en.find(' ') != std::string::npos && en == text.in(kickstart::Language::pl)) {
            same.push_back(where + ": " + en);
        }
    };
    const auto check_list = [&](const kickstart::LocalizedList& list, const std::string& where) {
        for (std::size_t i = 0; i < list.in(kickstart::Language::en).size(); ++i) {
            check(kickstart::LocalizedText{{list.in(kickstart::Language::en)[i], list.in(kickstart::Language::pl)[i]}},
                  where + "[" + std::to_string(i) + "]");
        }
    };
    for (const auto& q : knowledge().questionnaire.questions()) {
        check(q.title, q.id + ".title");
        check(q.help, q.id + ".help");
    }
    for (const auto& a : knowledge().catalog.actions()) {
        check(a.title, a.id + ".title");
        check(a.outcome, a.id + ".outcome");
        check(a.demo, a.id + ".demo");
        check_list(a.steps, a.id + ".steps");
        check_list(a.pitfalls, a.id + ".pitfalls");
        for (std::size_t v = 0; v < a.variants.size(); ++v) check_list(a.variants[v].steps, a.id + ".variants.steps");
    }
    CHECK_MESSAGE(same.empty(), "untranslated: " << (same.empty() ? "" : same.front()));
}

TEST_CASE("every docs link is a well-formed address on backstage.io or the plugin's own site") {
    static const std::vector<std::string> kHosts = {"https://backstage.io/", "https://github.com/",
                                                    "https://www.npmjs.com/package/", "https://roadie.io/backstage/"};
    for (const auto& a : knowledge().catalog.actions()) {
        CHECK_MESSAGE(!a.docs.empty(), a.id << " has docs links");
        for (const auto& link : a.docs) {
            const bool known = std::any_of(kHosts.begin(), kHosts.end(),
                                           [&](const std::string& host) { return link.url.rfind(host, 0) == 0; });
            const bool clean = link.url.find_first_of(" \"<>") == std::string::npos && link.url.size() > 20;
            CHECK_MESSAGE((known && clean), a.id << ": " << link.url);
        }
    }
}

TEST_CASE("for every source control x identity provider, the snippets name the right providers and no others") {
    // What each choice's snippets must mention (config keys, module and action names).
    const std::map<std::string, std::string> scm_marker = {
        {"github", "github"},        {"github-enterprise", "github"},      {"gitlab", "gitlab"},
        {"gitlab-self-managed", "gitlab"}, {"bitbucket-cloud", "bitbucketcloud"}, {"bitbucket-dc", "bitbucketserver"},
        {"azure-devops", "azure"},   {"gitea", "gitea"}};
    const std::map<std::string, std::string> idp_marker = {
        {"entra-id", "microsoft"}, {"okta", "okta"}, {"google", "google"}, {"keycloak-oidc", "oidc"},
        {"ldap", "ldap"},          {"github", "github"}, {"gitlab", "gitlab"}};
    const std::set<std::string> scm_actions = {"scm-integration", "catalog-discovery", "first-template"};
    const std::set<std::string> idp_actions = {"sign-in", "org-ingestion"};
    for (const auto& [scm, own_scm] : scm_marker) {
        for (const auto& [idp, own_idp] : idp_marker) {
            CAPTURE(scm);
            CAPTURE(idp);
            const auto answers = with({{"scm", scm.c_str()}, {"idp", idp.c_str()}});
            const auto plan = kickstart::make_plan(knowledge().catalog, answers);
            const std::string scm_text = lower(snippet_text(plan, answers, scm_actions));
            CHECK(scm_text.find(own_scm) != std::string::npos);
            for (const auto& [other, marker] : scm_marker) {
                if (marker != own_scm) CHECK_MESSAGE(scm_text.find(marker) == std::string::npos, "names " << other);
            }
            const std::string idp_text = lower(snippet_text(plan, answers, idp_actions));
            CHECK(idp_text.find(own_idp) != std::string::npos);
            for (const auto& [other, marker] : idp_marker) {
                // An organisation may take its teams from its source control: that one is fine.
                if (marker == own_idp || marker == own_scm) continue;
                CHECK_MESSAGE(idp_text.find(marker) == std::string::npos, "names " << other);
            }
        }
    }
}

TEST_CASE("for every source control x identity provider x CI, every snippet of the plan carries that stack's hosts only") {
    // Host names as the snippets write them; annotation keys that merely start with a vendor's
    // domain (github.com/project-slug, gitlab.com/project-slug) are not hosts.
    const std::regex github_host(R"(github\.com(?!/(project-slug|user-login|user-id|team-slug)))");
    const std::regex gitlab_host(R"(gitlab\.com(?!/project-(slug|id)))");
    const auto has = [](const std::string& text, const std::string& what) { return text.find(what) != std::string::npos; };
    const auto count = [](const std::string& text, const std::string& what) {
        std::size_t n = 0;
        for (std::size_t at = text.find(what); at != std::string::npos; at = text.find(what, at + what.size())) ++n;
        return n;
    };
    const std::vector<std::string> scms = {"github", "github-enterprise", "gitlab", "gitlab-self-managed",
                                           "bitbucket-cloud", "bitbucket-dc", "azure-devops", "gitea"};
    const std::vector<std::string> idps = {"entra-id", "okta", "google", "keycloak-oidc", "ldap", "github", "gitlab"};
    const std::vector<std::string> cis = {"github-actions", "gitlab-ci", "jenkins", "azure-pipelines", "circleci", "argocd"};
    std::set<std::string> all_actions;
    for (const auto& action : knowledge().catalog.actions()) all_actions.insert(action.id);
    for (const auto& scm : scms) {
        for (const auto& idp : idps) {
            for (const auto& ci : cis) {
                CAPTURE(scm);
                CAPTURE(idp);
                CAPTURE(ci);
                auto answers = with({{"org_name", "Acme Corp"}, {"scm", scm.c_str()}, {"idp", idp.c_str()}});
                answers.values["ci"] = std::vector<std::string>{ci};
                const auto plan = kickstart::make_plan(knowledge().catalog, answers);
                const std::string text = lower(snippet_text(plan, answers, all_actions));
                const std::string org_text = lower(snippet_text(plan, answers, {"org-ingestion"}));
                const std::string sign_in_text = lower(snippet_text(plan, answers, {"sign-in"}));
                const bool ghe = scm == "github-enterprise";
                const bool gitlab_code = scm == "gitlab" || scm == "gitlab-self-managed";
                const bool gitlab_sm = scm == "gitlab-self-managed";

                // github.com vs the GitHub Enterprise host
                const bool github_com_ok = scm == "github" || (idp == "github" && !ghe);
                CHECK_MESSAGE(std::regex_search(text, github_host) == github_com_ok, "github.com host");
                CHECK_MESSAGE(has(text, "ghe.example.com") == ghe, "GitHub Enterprise host");
                if (idp == "github") {
                    CHECK(has(org_text, ghe ? "githuburl: https://ghe.example.com" : "githuburl: https://github.com"));
                    CHECK(has(sign_in_text, "enterpriseinstanceurl: https://ghe.example.com") == ghe);
                }
                // gitlab.com vs the self-managed host
                const bool gitlab_com_ok = scm == "gitlab" || (idp == "gitlab" && !gitlab_sm) ||
                                           (ci == "gitlab-ci" && !gitlab_code);
                CHECK_MESSAGE(std::regex_search(text, gitlab_host) == gitlab_com_ok, "gitlab.com host");
                CHECK_MESSAGE(has(text, "gitlab.example.com") == gitlab_sm, "GitLab Self-Managed host");
                if (idp == "gitlab") {
                    CHECK(has(org_text, gitlab_sm ? "host: gitlab.example.com" : "host: gitlab.com"));
                    CHECK(has(sign_in_text, "audience: https://gitlab.example.com") == gitlab_sm);
                    CHECK(has(org_text, "plugin-catalog-backend-module-gitlab-org"));
                }
                // The GitLab discovery module is registered exactly once when the code is on
                // GitLab, and not at all for an org import alone: it would scan the group for
                // catalog files too.
                CHECK(count(text, "import('@backstage/plugin-catalog-backend-module-gitlab')") == (gitlab_code ? 1 : 0));
                // The other source-control systems
                CHECK_MESSAGE(has(text, "bitbucket.org") == (scm == "bitbucket-cloud"), "bitbucket.org");
                CHECK_MESSAGE(has(text, "bitbucketcloud") == (scm == "bitbucket-cloud"), "bitbucketCloud");
                CHECK_MESSAGE(has(text, "bitbucketserver") == (scm == "bitbucket-dc"), "bitbucketServer");
                CHECK_MESSAGE(has(text, "bitbucket.example.com") == (scm == "bitbucket-dc"), "Bitbucket DC host");
                CHECK_MESSAGE(has(text, "gitea") == (scm == "gitea"), "Gitea");
                CHECK_MESSAGE(has(text, "dev.azure.com") == (scm == "azure-devops" || ci == "azure-pipelines"), "Azure DevOps");
                // Annotations and actions of one stack only
                CHECK_MESSAGE(has(text, "github.com/project-slug") == (scm == "github" || ghe || ci == "github-actions"),
                              "github.com/project-slug");
                CHECK_MESSAGE(has(text, "gitlab.com/project-slug") == gitlab_code, "gitlab.com/project-slug");
                CHECK_MESSAGE(has(text, "dev.azure.com/project-repo") == (scm == "azure-devops"), "dev.azure.com/project-repo");
                CHECK_MESSAGE(has(text, "dev.azure.com/build-definition") == (ci == "azure-pipelines" && scm != "azure-devops"),
                              "dev.azure.com/build-definition");
                CHECK_MESSAGE(has(text, "publish:github") == (scm == "github" || ghe), "publish:github");
                CHECK_MESSAGE(has(text, "publish:gitlab") == gitlab_code, "publish:gitlab");
                CHECK_MESSAGE(has(text, "publish:azure") == (scm == "azure-devops"), "publish:azure");
                CHECK_MESSAGE(has(text, "icon: github") == (scm == "github" || ghe), "GitHub icon in app.support");
                CHECK_MESSAGE(!has(text, "slack.com"), "a chat tool nobody asked about");
                if (ci == "circleci") {
                    CHECK(has(text, "circleci.com/project-slug: github/") == (scm == "github" || ghe));
                    CHECK(has(text, "circleci.com/project-slug: bitbucket/") == (scm == "bitbucket-cloud"));
                }
                // Identity providers: sign-in and org modules of the chosen one only
                CHECK_MESSAGE(has(text, "microsoft") == (idp == "entra-id"), "Microsoft");
                CHECK_MESSAGE(has(text, "okta") == (idp == "okta"), "Okta");
                CHECK_MESSAGE(has(text, "google-provider") == (idp == "google"), "Google sign-in");
                CHECK_MESSAGE(has(text, "keycloak") == (idp == "keycloak-oidc"), "Keycloak");
                CHECK_MESSAGE(has(text, "oidc") == (idp == "keycloak-oidc"), "OIDC");
                CHECK_MESSAGE(has(text, "ldap") == (idp == "ldap"), "LDAP");
                CHECK_MESSAGE(has(text, "github-org") == (idp == "github"), "GitHub org module");
                CHECK_MESSAGE(has(text, "gitlab-org") == (idp == "gitlab"), "GitLab org module");
                CHECK_MESSAGE(has(text, "gitlab-provider") == (idp == "gitlab"), "GitLab sign-in");
                CHECK_MESSAGE(has(text, "github-provider") == (idp == "github" || ci == "github-actions"), "GitHub sign-in");
            }
        }
    }
}

}  // TEST_SUITE
