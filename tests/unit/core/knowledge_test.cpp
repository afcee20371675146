// The built-in knowledge base as content: every action reachable, every text translated,
// every link well-formed, each stack's snippets naming its own providers only, plans that
// hold together across actions (credentials for what is imported, one publisher, one GitLab
// entry), snippet comments in both languages, and the Polish glossary of README.md.
#include "kickstart/core/action_content.hpp"
#include "kickstart/core/builtin.hpp"
#include "kickstart/core/plan_io.hpp"
#include "kickstart/core/planner.hpp"

#include "support.hpp"

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <cctype>
#include <map>
#include <regex>
#include <set>

namespace {

const kickstart::Knowledge& knowledge() {
    const auto& loaded = kickstart::builtin_knowledge();
    REQUIRE_MESSAGE(loaded.ok(), test_support::message(loaded.error()));
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
        const auto content = kickstart::resolve_action(knowledge().catalog, answers, item, kickstart::Language::en);
        if (!action_ids.contains(content.id)) continue;
        for (const auto& snippet : content.snippets) text += snippet.code + "\n";
    }
    return text;
}

// The "how to do it" steps a plan shows for an action, in English.
std::string steps_text(const kickstart::Plan& plan, const std::string& action_id) {
    std::string text;
    for (const auto& item : plan.items) {
        const auto& action = knowledge().catalog.actions()[item.action];
        if (action.id != action_id) continue;
        for (const auto& step : action.steps.in(kickstart::Language::en)) text += step + "\n";
        for (const std::size_t v : item.variants) {
            for (const auto& step : action.variants[v].steps.in(kickstart::Language::en)) text += step + "\n";
        }
    }
    return text;
}

// Every prose text of the knowledge base in one language (questions, steps, actions, snippet
// titles), each with where it comes from.
std::vector<std::pair<std::string, std::string>> prose(kickstart::Language language) {
    std::vector<std::pair<std::string, std::string>> texts;
    const auto add = [&](const kickstart::LocalizedText& text, const std::string& where) {
        texts.emplace_back(where, text.in(language));
    };
    const auto add_list = [&](const kickstart::LocalizedList& list, const std::string& where) {
        for (const auto& item : list.in(language)) texts.emplace_back(where, item);
    };
    for (const auto& q : knowledge().questionnaire.questions()) {
        add(q.title, q.id + ".title");
        add(q.help, q.id + ".help");
        for (const auto& option : q.options) add(option.label, q.id + "." + option.id);
    }
    for (const auto& step : knowledge().catalog.steps()) {
        add(step.title, step.id + ".title");
        add(step.summary, step.id + ".summary");
    }
    for (const auto& a : knowledge().catalog.actions()) {
        add(a.title, a.id + ".title");
        add(a.outcome, a.id + ".outcome");
        add(a.demo, a.id + ".demo");
        add_list(a.steps, a.id + ".steps");
        add_list(a.pitfalls, a.id + ".pitfalls");
        for (const auto& link : a.docs) add(link.title, a.id + ".docs");
        for (const auto& snippet : a.snippets) add(snippet.title, a.id + ".snippets");
        for (std::size_t v = 0; v < a.variants.size(); ++v) {
            const std::string where = a.id + ".variants[" + std::to_string(v) + "]";
            add_list(a.variants[v].steps, where + ".steps");
            for (const auto& snippet : a.variants[v].snippets) add(snippet.title, where + ".snippets");
        }
    }
    return texts;
}

// Every snippet of the knowledge base, with where it comes from.
std::vector<std::pair<std::string, const kickstart::Snippet*>> all_snippets() {
    std::vector<std::pair<std::string, const kickstart::Snippet*>> snippets;
    for (const auto& a : knowledge().catalog.actions()) {
        for (const auto& snippet : a.snippets) snippets.emplace_back(a.id + " (" + snippet.file + ")", &snippet);
        for (std::size_t v = 0; v < a.variants.size(); ++v) {
            for (const auto& snippet : a.variants[v].snippets) {
                snippets.emplace_back(a.id + ".variants[" + std::to_string(v) + "] (" + snippet.file + ")", &snippet);
            }
        }
    }
    return snippets;
}

std::vector<std::string> lines_of(const std::string& text) {
    std::vector<std::string> lines;
    std::size_t start = 0;
    for (std::size_t end = text.find('\n'); end != std::string::npos; end = text.find('\n', start)) {
        lines.push_back(text.substr(start, end - start));
        start = end + 1;
    }
    if (start < text.size()) lines.push_back(text.substr(start));
    return lines;
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

TEST_CASE("every org import has the integration it reads through, and sign-in reuses only an App that exists") {
    const std::vector<std::string> scms = {"github", "github-enterprise", "gitlab", "gitlab-self-managed",
                                           "bitbucket-cloud", "bitbucket-dc", "azure-devops", "gitea"};
    const std::regex github_org_url(R"(githuburl: https://([\w.-]+))");
    const std::regex gitlab_org_host(R"(\n    gitlab:\n      [\w-]+:\n        host: ([\w.-]+)\n(?:.*\n)*?        orgenabled: true)");
    for (const auto& scm : scms) {
        for (const std::string idp : {"github", "gitlab"}) {
            CAPTURE(scm);
            CAPTURE(idp);
            const auto answers = with({{"scm", scm.c_str()}, {"idp", idp.c_str()}});
            const auto plan = kickstart::make_plan(knowledge().catalog, answers);
            std::set<std::string> all_actions;
            for (const auto& action : knowledge().catalog.actions()) all_actions.insert(action.id);
            const std::string text = lower(snippet_text(plan, answers, all_actions));
            const std::string org_text = lower(snippet_text(plan, answers, {"org-ingestion"}));
            std::smatch match;
            if (idp == "github") {
                REQUIRE(std::regex_search(org_text, match, github_org_url));
                CHECK_MESSAGE(text.find("integrations:\n  github:\n    - host: " + match[1].str() + "\n") != std::string::npos,
                              "githubOrg reads " << match[1] << " without an integrations.github entry for it");
                // The GitHub App of "Connect your source control" exists only when the code is on GitHub.
                const bool app_exists = scm == "github" || scm == "github-enterprise";
                const bool reuses_app = steps_text(plan, "sign-in").find("GitHub App from \"Connect your source control\"") !=
                                        std::string::npos;
                CHECK(reuses_app == app_exists);
            } else {
                REQUIRE(std::regex_search(org_text, match, gitlab_org_host));
                CHECK_MESSAGE(text.find("integrations:\n  gitlab:\n    - host: " + match[1].str() + "\n") != std::string::npos,
                              "the GitLab org import reads " << match[1] << " without an integrations.gitlab entry for it");
            }
        }
    }
}

TEST_CASE("the GitLab discovery and org import share one provider entry, so the group is scanned once") {
    const std::regex gitlab_entry(R"(\n    gitlab:\n      ([\w-]+):\n)");
    for (const std::string scm : {"gitlab", "gitlab-self-managed", "github"}) {
        for (const char* repositories : {"50", "3000"}) {
            CAPTURE(scm);
            CAPTURE(repositories);
            auto answers = with({{"scm", scm.c_str()}, {"idp", "gitlab"}});
            answers.values["repositories"] = std::int64_t{std::stoi(repositories)};
            const auto plan = kickstart::make_plan(knowledge().catalog, answers);
            const std::string text = snippet_text(plan, answers, {"catalog-discovery", "org-ingestion"});
            std::set<std::string> ids;
            for (auto it = std::sregex_iterator(text.begin(), text.end(), gitlab_entry); it != std::sregex_iterator(); ++it) {
                ids.insert((*it)[1].str());
            }
            CHECK_MESSAGE(ids.size() == 1, "catalog.providers.gitlab entries: " << ids.size());
            // Both snippets of one entry carry the same schedule: the one of the discovery
            // snippet for this many repositories.
            const std::string discovery = snippet_text(plan, answers, {"catalog-discovery"});
            const std::string org = snippet_text(plan, answers, {"org-ingestion"});
            if (scm != "github") {
                const std::size_t at = discovery.find("        schedule:");
                REQUIRE(at != std::string::npos);
                CHECK(org.find(discovery.substr(at)) != std::string::npos);
            }
        }
    }
}

TEST_CASE("TechDocs: Backstage and every CI job of a plan use one publisher") {
    const std::regex publisher(R"((?:type: '|--publisher-type )(awsS3|azureBlobStorage|googleGcs)\b)");
    const std::vector<std::string> scms = {"github", "gitlab", "bitbucket-cloud", "azure-devops"};
    const std::vector<std::vector<std::string>> cis = {{"github-actions"}, {"gitlab-ci"}, {"azure-pipelines"}, {"jenkins"},
                                                       {"github-actions", "azure-pipelines"}, {"gitlab-ci", "circleci"}};
    for (const auto& scm : scms) {
        for (const auto& ci : cis) {
            CAPTURE(scm);
            CAPTURE(ci.front());
            CAPTURE(ci.size());
            auto answers = with({{"scm", scm.c_str()}});
            answers.values["ci"] = ci;
            const auto plan = kickstart::make_plan(knowledge().catalog, answers);
            const std::string text = snippet_text(plan, answers, {"techdocs-ci"});
            std::set<std::string> publishers;
            std::size_t uses = 0;
            for (auto it = std::sregex_iterator(text.begin(), text.end(), publisher); it != std::sregex_iterator(); ++it) {
                publishers.insert((*it)[1].str());
                ++uses;
            }
            CHECK_MESSAGE(publishers.size() == 1, "publishers named: " << publishers.size());
            CHECK(uses >= 2);  // Backstage's config and at least the generic CI commands
            const bool azure = scm == "azure-devops" || std::find(ci.begin(), ci.end(), "azure-pipelines") != ci.end();
            CHECK(publishers.contains(azure ? "azureBlobStorage" : "awsS3"));
        }
    }
}

TEST_CASE("discovery snippets do what the steps say: a filter first, and a schedule that fits the repository count") {
    const std::vector<std::string> scms = {"github", "github-enterprise", "gitlab", "gitlab-self-managed",
                                           "bitbucket-cloud", "bitbucket-dc", "azure-devops", "gitea"};
    const std::regex frequency(R"(frequency: \{ (minutes|hours): (\d+) \})");
    for (const auto& scm : scms) {
        for (const std::int64_t repositories : {20, 499, 500, 4000}) {
            CAPTURE(scm);
            CAPTURE(repositories);
            auto answers = with({{"scm", scm.c_str()}});
            answers.values["repositories"] = repositories;
            const auto plan = kickstart::make_plan(knowledge().catalog, answers);
            const std::string text = snippet_text(plan, answers, {"catalog-discovery"});
            std::smatch match;
            REQUIRE(std::regex_search(text, match, frequency));
            const int minutes = std::stoi(match[2].str()) * (match[1] == "hours" ? 60 : 1);
            // "every 30 minutes is plenty for a pilot, hourly or less often from about 500 repositories"
            CHECK(minutes >= (repositories >= 500 ? 60 : 30));
            // "Start with a filter that covers the seeded repositories"
            CHECK_MESSAGE(text.find("'.*'") == std::string::npos, "a filter that lets everything through");
            CHECK_MESSAGE(text.find("project: '*'") == std::string::npos, "every project at once");
            if (scm != "gitea") {  // Gitea's provider has no filter: one organisation is the scope
                const bool filtered = text.find("filters:") != std::string::npos ||
                                      text.find("projectPattern:") != std::string::npos ||
                                      text.find("project: platform") != std::string::npos;
                CHECK_MESSAGE(filtered, "no filter in the discovery snippet");
            }
        }
    }
}

TEST_CASE("texts name no PostgreSQL version as a lasting minimum, and URLs with placeholders are code") {
    const std::regex fixed_minimum(R"(PostgreSQL \d+(\+| or newer| lub nowsz))");
    const std::regex bare_url_with_placeholder(R"(https?://\S*<)");
    for (const auto language : kickstart::kAllLanguages) {
        for (const auto& [where, text] : prose(language)) {
            CAPTURE(where);
            CHECK_MESSAGE(!std::regex_search(text, fixed_minimum), text);
            // Outside backticks Markdown turns such a URL into a link that shows "&lt;provider&gt;".
            std::string outside_code;
            bool in_code = false;
            for (const char c : text) {
                if (c == '`') in_code = !in_code;
                else outside_code += in_code ? ' ' : c;
            }
            CHECK_MESSAGE(!std::regex_search(outside_code, bare_url_with_placeholder), text);
        }
    }
}

TEST_CASE("CI snippets use the actions' current major versions and the maintained Node task") {
    const std::map<std::string, int> current = {{"checkout", 7}, {"setup-node", 7}, {"setup-python", 7}};
    const std::regex uses(R"(uses: actions/([\w-]+)@v(\d+))");
    std::size_t seen = 0;
    for (const auto& [where, snippet] : all_snippets()) {
        CAPTURE(where);
        CHECK(snippet->code.find("NodeTool@0") == std::string::npos);
        for (auto it = std::sregex_iterator(snippet->code.begin(), snippet->code.end(), uses); it != std::sregex_iterator(); ++it) {
            const std::string action = (*it)[1].str();
            REQUIRE_MESSAGE(current.contains(action), "no current version known for actions/" << action);
            CHECK_MESSAGE(std::stoi((*it)[2].str()) == current.at(action), "actions/" << action);
            ++seen;
        }
    }
    CHECK(seen >= 3);
}

TEST_CASE("org import effort: LDAP is not treated as the easy directory") {
    const auto hours = [](const char* idp) {
        const auto answers = with({{"idp", idp}});
        for (const auto& action : knowledge().catalog.actions()) {
            if (action.id == "org-ingestion") return kickstart::action_effort(action, answers);
        }
        return 0.0;
    };
    CHECK(hours("ldap") > hours("github"));
    CHECK(hours("ldap") >= hours("entra-id"));
}

TEST_CASE("snippets: each {{en:…}} is followed by its {{pl:…}}, and no other placeholder is left") {
    const std::regex placeholder(R"((^|[^$])\{\{([\w-]+(:[^}\n]*)?)\}\})");
    for (const auto& [where, snippet] : all_snippets()) {
        CAPTURE(where);
        const std::string& code = snippet->code;
        for (std::size_t at = code.find("{{en:"); at != std::string::npos; at = code.find("{{en:", at + 1)) {
            const std::size_t close = code.find("}}", at);
            REQUIRE(close != std::string::npos);
            CHECK(code.substr(at, close - at).find('\n') == std::string::npos);
            CHECK_MESSAGE(code.compare(close + 2, 5, "{{pl:") == 0, code.substr(at, close + 2 - at));
            CHECK(close > at + 5);  // never empty
        }
        for (std::size_t at = code.find("{{pl:"); at != std::string::npos; at = code.find("{{pl:", at + 1)) {
            const bool after_english = at >= 2 && code.compare(at - 2, 2, "}}") == 0;
            CHECK_MESSAGE(after_english, "a Polish text without its English one");
            const std::size_t close = code.find("}}", at);
            const bool closed = close != std::string::npos && close > at + 5;
            CHECK(closed);
        }
        for (auto it = std::sregex_iterator(code.begin(), code.end(), placeholder); it != std::sregex_iterator(); ++it) {
            const std::string name = (*it)[2].str();
            const bool known = name == "org_name" || name == "org_slug" || name.rfind("en:", 0) == 0 || name.rfind("pl:", 0) == 0;
            CHECK_MESSAGE(known, "unknown placeholder {{" << name << "}}");
        }
    }
}

TEST_CASE("snippets: comments and the strings the portal shows are written in both languages") {
    // Prose: three or more lower-case words in a row ("add before backend.start()").
    const std::regex prose_words(R"((^|\s)[a-z]{2,}[,;:]?\s+[a-z]{2,}[,;:]?\s+[a-z]{2,}[,;:.]?(\s|$))");
    // The keys whose values Backstage shows to people: entity and template titles and
    // descriptions, form labels, step names, support links, the sign-in message, MkDocs titles.
    const std::regex shown(R"(^\s*(- )?(title|description|message|name|site_name|site_description):\s+(.*)$)");
    const std::set<std::string> ci_files = {".github/workflows/techdocs.yml", ".gitlab-ci.yml", "azure-pipelines.yml"};
    for (const auto& [where, snippet] : all_snippets()) {
        CAPTURE(where);
        for (const std::string& line : lines_of(snippet->code)) {
            CAPTURE(line);
            const bool translated = line.find("{{en:") != std::string::npos;
            std::size_t comment = std::string::npos;
            if (snippet->language == "typescript") comment = line.find("// ");
            else if (snippet->language == "yaml" || snippet->language == "shell") {
                comment = line.rfind("# ", 0) == 0 ? 0 : line.find(" # ");
                if (const auto indented = line.find_first_not_of(' '); indented != std::string::npos && line.compare(indented, 2, "# ") == 0) {
                    comment = indented;
                }
            }
            if (comment != std::string::npos && line.find("yarn ", comment) == std::string::npos) {
                CHECK_MESSAGE((translated || !std::regex_search(line.substr(comment), prose_words)), "comment in English only");
            }
            std::smatch match;
            if (snippet->language == "yaml" && !ci_files.contains(snippet->file) && std::regex_match(line, match, shown)) {
                const std::string value = match[3].str();
                // Words, not a product name such as "Azure Boards" or an expression.
                const bool words = std::regex_search(value, std::regex(R"(\b[a-z]{3,}\b)")) && value.find(' ') != std::string::npos &&
                                   value.find("${{") == std::string::npos && value.find("{{org_name}}") == std::string::npos &&
                                   value.rfind("http", 0) != 0;
                CHECK_MESSAGE((translated || !words), "portal text in English only");
            }
            if (snippet->language == "typescript" && line.find("message: '") != std::string::npos) {
                CHECK_MESSAGE(translated, "sign-in message in English only");
            }
        }
    }
}

TEST_CASE("Polish: the glossary's terms, none of the variants it rules out, one form of address") {
    // README.md, "Knowledge base (assets/)" > "Polish glossary": what each rule stands for.
    const std::vector<std::pair<std::regex, std::string>> ruled_out = {
        {std::regex(R"(sekret\w* klientów)", std::regex::icase), "sekret klienta (client secret)"},
        {std::regex(R"(wizytówk)", std::regex::icase), "usługi pokazowe"},
        {std::regex(R"(\bdostawc\w+ (?!tożsamości|OIDC\b))"), "dostawca is the identity provider only"},
        {std::regex(R"(\bdostawc\w+$)"), "dostawca is the identity provider only"},
        {std::regex(R"(katalog\w* użytkowników)"), "usługa katalogowa (directory)"},
        {std::regex(R"(wszystko wolno)"), "polityka allow-all"},
        {std::regex(R"(śwież\w* (aplikacj|maszyn))"), "aplikacja prosto z create-app"},
        {std::regex(R"(\bbucke(?!t\)))"), "zasobnik (bucket)"},
        {std::regex(R"(zmerg)", std::regex::icase), "scal pull request"},
        {std::regex(R"(powrot\w* z logowania)"), "przekierowanie po logowaniu"},
        {std::regex(R"(\bna Kubernetes(?![a-ząęółśżźćń]))"), "na Kubernetesa / na Kubernetesie"},
        {std::regex(R"(\btokenem GitHub(?![a-ząęółśżźćń]))"), "tokenem GitHuba"},
        {std::regex(R"(\bWasz)"), "one form of address: Ty, Twój"},
        {std::regex(R"(\b(macie|używacie|trzymacie|tworzycie|będziecie|możecie|musicie|chcecie|zmierzycie|przejdziecie|dopracujecie)\b)"),
         "one form of address: Ty, Twój"},
        {std::regex(R"(\w(jcie|źcie|ćcie|bcie|lcie|rzcie)\b|\w(liście|łyście)\b)"), "one form of address: Ty, Twój"},
        {std::regex(R"(przy Twoich odpowiedziach)"), "Pominięte, bo nie dotyczą Twojej organizacji"},
        {std::regex(R"(liczba działań przesuniętych)"), "część działań przesunięto wcześniej (łącznie N)"},
        {std::regex(R"(estymacj|wycen)", std::regex::icase), "szacunek (my estimate)"},
        {std::regex(R"(\bOpuść)"), "Pomiń (skip)"},
    };
    std::vector<std::pair<std::string, std::string>> texts = prose(kickstart::Language::pl);
    // The Polish comments and portal strings of the snippets count too.
    for (const auto& [where, snippet] : all_snippets()) {
        const std::string& code = snippet->code;
        for (std::size_t at = code.find("{{pl:"); at != std::string::npos; at = code.find("{{pl:", at + 1)) {
            texts.emplace_back(where, code.substr(at + 5, code.find("}}", at) - at - 5));
        }
    }
    const auto ui = nlohmann::json::parse(test_support::read_fixture("../../../assets/i18n/pl.json"));
    for (const auto& [key, value] : ui.items()) texts.emplace_back("i18n " + key, value.get<std::string>());
    for (const auto& [where, text] : texts) {
        for (const auto& [rule, use] : ruled_out) {
            CHECK_MESSAGE(!std::regex_search(text, rule), where << ": use " << use << " — " << text);
        }
    }
}

}  // TEST_SUITE
