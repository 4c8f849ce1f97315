using System.Globalization;
using System.Text.Json;
using Bogus;
using Kombo.Sim.Api.Domain.Ats;
using Kombo.Sim.Api.Domain.Common;
using Kombo.Sim.Api.State;

namespace Kombo.Sim.Api.Seeding.Generation;

/// <summary>
/// Generates an ATS integration's candidates and applications, and for a new integration its users, tags and jobs.
/// Applications are spread evenly over the candidates (a candidate applies to a job once), mostly to OPEN jobs:
/// PENDING somewhere before the last stage, DECLINED with a reason and a date, HIRED in the job's last stage.
/// </summary>
internal static class AtsGenerator
{
    public static AtsData Generate(GenerationContext context, AtsData existing, AtsCoverage coverage, CountryProfile home, bool extend)
    {
        var sizes = context.Request.Ats;
        var perCandidate = sizes.Candidates == 0 ? 0 : (sizes.Applications + sizes.Candidates - 1) / sizes.Candidates;
        var domain = EmailRegistry.MostCommonDomain(existing.Users.Rows.Select(u => u.Email)) ?? home.CompanyDomain(context.Request.Integration.EndUser.OrganizationName);
        var setup = new AtsJobs(context, home, domain);

        var existingJobs = existing.Jobs.Rows.Where(TakesApplications).ToList();
        var jobCount = sizes.Jobs ?? (extend ? Math.Max(0, perCandidate - existingJobs.Count) : Math.Max(12, perCandidate + 3));
        var users = extend ? [] : setup.Users(Math.Clamp(4 + jobCount / 2, 5, 40));
        var tags = extend || !coverage.Tags ? [] : setup.Tags();
        var hiringTeamUsers = extend ? existing.Users.Rows.Where(u => u.RemoteDeletedAt is null).ToList() : users;
        // Jobs added only to make room for the applications are all open.
        var openFirst = !extend ? perCandidate : sizes.Jobs is null ? jobCount : 0;
        var jobs = setup.Jobs(jobCount, openFirst, hiringTeamUsers, existing.Jobs.Count);

        var eligible = existingJobs.Concat(jobs.Where(TakesApplications)).ToList();
        if (perCandidate > eligible.Count)
        {
            throw new GeneratorSizeException(
                $"{sizes.Applications} applications over {sizes.Candidates} candidates need at least {perCandidate} jobs that take applications (a candidate applies to a job once); there are {eligible.Count}.");
        }

        var allTags = existing.Tags.Rows.Where(t => t.RemoteDeletedAt is null).Concat(tags).ToList();
        var people = new Applicants(context, home, eligible, allTags, existing);
        people.Generate(sizes.Candidates, sizes.Applications);

        return new AtsData
        {
            Jobs = Table<Job>.Create(existing.Jobs.Rows.Concat(jobs)),
            Candidates = Table<Candidate>.Create(existing.Candidates.Rows.Concat(people.Candidates)),
            Applications = Table<Application>.Create(existing.Applications.Rows.Concat(people.Applications), AtsData.ApplicationGroupKey),
            Tags = Table<Tag>.Create(existing.Tags.Rows.Concat(tags)),
            Users = Table<User>.Create(existing.Users.Rows.Concat(coverage.Users ? users : [])),
        };
    }

    /// <summary>Jobs that candidates can have applied to: published at some point (not DRAFT), with a pipeline.</summary>
    private static bool TakesApplications(Job job) => job.RemoteDeletedAt is null && job.Status != "DRAFT" && job.Stages.Count > 0;

    /// <summary>Candidates with their applications, built candidate by candidate.</summary>
    private sealed class Applicants(GenerationContext context, CountryProfile home, IReadOnlyList<Job> jobs, IReadOnlyList<Tag> tags, AtsData existing)
    {
        private readonly Randomizer _random = context.Stream("ats:candidates");
        private readonly EmailRegistry _emails = new(existing.Candidates.Rows.SelectMany(c => c.EmailAddresses.Select(e => e.Address)));
        private readonly Dictionary<string, NamePool> _pools = new(StringComparer.Ordinal);
        private readonly double[] _jobWeights = [.. jobs.Select(j => j.Status switch { "OPEN" => 5.0, "CLOSED" => 2.0, _ => 1.0 })];
        private readonly double[] _sourceWeights = [.. AtsVocabulary.Sources.Select(s => s.Weight)];
        private readonly Dictionary<(string QuestionId, string Value), ScreeningAnswer> _answers = [];

        public List<Candidate> Candidates { get; } = [];

        public List<Application> Applications { get; } = [];

        public void Generate(int candidates, int applications)
        {
            // Every candidate gets ⌊A/C⌋ or ⌈A/C⌉ applications, the larger share going to random candidates.
            var counts = new int[candidates];
            for (var c = 0; c < candidates; c++)
            {
                counts[c] = applications / candidates + (c < applications % candidates ? 1 : 0);
            }

            for (var c = candidates - 1; c > 0; c--)
            {
                var other = _random.Number(0, c);
                (counts[c], counts[other]) = (counts[other], counts[c]);
            }

            var candidateIds = context.Reserve("ats_candidates", candidates);
            var applicationIds = context.Reserve("ats_applications", applications);
            var chosen = new List<int>();
            for (var c = 0; c < candidates; c++)
            {
                chosen.Clear();
                for (var k = 0; k < counts[c]; k++)
                {
                    chosen.Add(PickJob(chosen));
                }

                AddCandidate(candidateIds.Id(c), candidateIds.RemoteId(c), chosen, applicationIds);
            }
        }

        /// <summary>A job the candidate has not applied to yet, OPEN ones first in line.</summary>
        private int PickJob(List<int> taken)
        {
            for (var attempt = 0; attempt < 32; attempt++)
            {
                var job = _random.Weighted(_jobWeights);
                if (!taken.Contains(job))
                {
                    return job;
                }
            }

            return Enumerable.Range(0, jobs.Count).First(j => !taken.Contains(j));
        }

        private void AddCandidate(string id, string remoteId, List<int> chosenJobs, RemoteIds applicationIds)
        {
            var country = _random.Bool(0.75f) ? home : _random.One(CountryProfile.All);
            var name = Pool(country).Person(_random);
            var first = Applications.Count;
            foreach (var job in chosenJobs)
            {
                var index = Applications.Count;
                Applications.Add(Application(jobs[job], id, remoteId, applicationIds.Id(index), applicationIds.RemoteId(index), name));
            }

            var own = Applications.Skip(first).ToList();
            var created = own.Count > 0 ? own.Min(a => a.RemoteCreatedAt!.Value) : GenerationContext.Between(_random, context.Now.AddDays(-200), context.Now);
            var updated = own.Count > 0 ? own.Max(a => a.RemoteUpdatedAt!.Value) : created;
            var changedAt = context.ChangedAt(_random, updated);
            var template = own.Count > 0 ? Template(jobs[chosenJobs[0]]) : null;
            var slugFirst = Ascii.Slug(name.First);
            var slugLast = Ascii.Slug(name.Last);
            var social = new List<SocialMedia>();
            if (_random.Bool(0.6f))
            {
                social.Add(new SocialMedia($"https://www.linkedin.com/in/{slugFirst}-{slugLast}-{_random.Hexadecimal(4, "")}", "LINKEDIN", null));
            }

            if (template?.Department == "Engineering" && _random.Bool(0.5f))
            {
                var user = $"{slugFirst}{slugLast[..Math.Min(4, slugLast.Length)]}";
                social.Add(new SocialMedia($"https://github.com/{user}", "GITHUB", user));
            }

            var city = _random.One(country.Cities);
            var candidate = new Candidate
            {
                Id = id,
                RemoteId = remoteId,
                FirstName = name.First,
                LastName = name.Last,
                Company = _random.Bool(0.75f) ? Pool(country).Company(_random) : null,
                Title = template is null ? null : _random.ArrayElement(template.ApplicantTitles),
                Confidential = false,
                Source = AtsVocabulary.Sources[_random.Weighted(_sourceWeights)].Name,
                PhoneNumbers = _random.Bool(0.8f) ? [new PhoneNumber(country.Mobile(_random), "MOBILE")] : [],
                EmailAddresses = [new EmailAddress(_emails.Personal(_random, name), "PERSONAL")],
                SocialMedia = social,
                Location = new Address { City = city.Name, Country = country.Code, Raw = $"{city.Name}, {country.Name}", State = country.Code == "US" ? city.State : null },
                CustomFields = JsonValues.EmptyObject,
                RemoteUrl = Urls.Record(context.Tool, "people", remoteId),
                RemoteCreatedAt = created,
                RemoteUpdatedAt = updated,
                ChangedAt = changedAt,
                TagIds = tags.Count > 0 && _random.Bool(0.3f) ? [.. _random.Shuffle(tags).Take(_random.Number(1, Math.Min(2, tags.Count))).Select(t => t.Id)] : [],
                TouchedAt = own.Select(a => a.ChangedAt).Append(changedAt).Max(),
            };
            Candidates.Add(candidate);

            // An application counts as updated when its nested candidate changed later than itself.
            for (var i = first; i < Applications.Count; i++)
            {
                if (Applications[i].TouchedAt < changedAt)
                {
                    Applications[i] = Applications[i] with { TouchedAt = changedAt };
                }
            }
        }

        private Application Application(Job job, string candidateId, string candidateRemoteId, string id, string remoteId, PersonName name)
        {
            var stages = job.Stages.OrderBy(s => s.Index ?? int.MaxValue).ToList();
            var open = job.Status == "OPEN";
            var from = job.OpenedAt ?? context.Now.AddDays(-120);
            var created = GenerationContext.Between(_random, GenerationContext.Min(from, context.Now), GenerationContext.Min(job.ClosedAt ?? context.Now, context.Now));
            var roll = _random.Double();
            var outcome = open
                ? roll < 0.04 ? "HIRED" : roll < 0.4 ? "DECLINED" : "PENDING"
                : roll < 0.15 ? "HIRED" : "DECLINED";
            var stage = outcome == "HIRED" || stages.Count == 1 ? stages[^1] : stages[EarlyStage(stages.Count - 1)];
            DateTimeOffset? rejectedAt = outcome == "DECLINED" ? GenerationContext.Between(_random, created, GenerationContext.Min(created.AddDays(40), context.Now)) : null;
            var updated = GenerationContext.Max(rejectedAt ?? created, GenerationContext.Between(_random, created, GenerationContext.Min(created.AddDays(30), context.Now)));
            var changedAt = context.ChangedAt(_random, updated);
            var position = stages.IndexOf(stage);
            return new Application
            {
                Id = id,
                RemoteId = remoteId,
                Outcome = outcome,
                RejectionReasonName = outcome == "DECLINED" ? _random.ArrayElement(AtsVocabulary.RejectionReasons) : null,
                RejectedAt = rejectedAt,
                CurrentStageId = stage.Id,
                JobId = job.Id,
                CandidateId = candidateId,
                ScreeningQuestionAnswers = Answers(job),
                CustomFields = JsonValues.EmptyObject,
                RemoteUrl = context.Tool == "greenhouse"
                    ? $"https://app.greenhouse.io/people/{candidateRemoteId}?application_id={remoteId}"
                    : Urls.Record(context.Tool, "applications", remoteId),
                ChangedAt = changedAt,
                RemoteCreatedAt = created,
                RemoteUpdatedAt = updated,
                Interviews = position >= 2 && stages.Count >= 4 ? [Interview(InterviewStage(stages, position), name, created, outcome)] : [],
                Offers = Offers(outcome, stage),
                TouchedAt = changedAt,
            };
        }

        /// <summary>The latest interview-like stage the application has reached (the phone screen if none).</summary>
        private static JobStage InterviewStage(List<JobStage> stages, int reached)
        {
            for (var i = Math.Min(reached, stages.Count - 2); i > 1; i--)
            {
                if (stages[i].Name?.Contains("Interview", StringComparison.Ordinal) == true || stages[i].Name == "Onsite")
                {
                    return stages[i];
                }
            }

            return stages[1];
        }

        /// <summary>A stage index below <paramref name="upTo"/>, earlier stages more likely (most candidates drop out early).</summary>
        private int EarlyStage(int upTo)
        {
            var roll = _random.Double();
            var index = (int)(upTo * roll * roll);
            return Math.Min(index, upTo - 1);
        }

        private Interview Interview(JobStage stage, PersonName name, DateTimeOffset applied, string outcome)
        {
            var ids = context.Reserve("ats_interviews", 1);
            var day = DateOnly.FromDateTime(applied.UtcDateTime).AddDays(_random.Number(3, 20));
            var start = GenerationContext.Midnight(day).AddHours(_random.Number(9, 16));
            if (outcome != "PENDING" && start > context.Now)
            {
                start = GenerationContext.Midnight(context.Today.AddDays(-1)).AddHours(_random.Number(9, 16));
            }

            return new Interview
            {
                Id = ids.Id(0),
                RemoteId = ids.RemoteId(0),
                Title = $"{stage.Name} with {name.Full}",
                StartingAt = start,
                EndingAt = start.AddHours(1),
                Canceled = false,
            };
        }

        private List<Offer> Offers(string outcome, JobStage stage)
        {
            var status = outcome switch
            {
                "HIRED" => "ACCEPTED",
                "PENDING" when stage.Name == "Offer" => _random.Bool(0.6f) ? "SENT" : "APPROVED",
                "DECLINED" when stage.Name == "Offer" => "DECLINED",
                _ => null,
            };
            if (status is null)
            {
                return [];
            }

            var ids = context.Reserve("ats_offers", 1);
            return [new Offer { Id = ids.Id(0), RemoteId = ids.RemoteId(0), Status = status }];
        }

        /// <summary>
        /// Answers to the job's questions, checked and shaped by the same rules as a client's answers: required ones
        /// always, optional ones often, follow-ups only when the earlier answer calls for them; files are not returned.
        /// Most answers repeat (a number of years, an option), so each distinct one is built once and shared.
        /// </summary>
        private List<ScreeningAnswer> Answers(Job job)
        {
            var answers = new List<ScreeningAnswer>();
            var given = new Dictionary<string, object>(StringComparer.Ordinal);
            foreach (var question in job.ScreeningQuestions)
            {
                if (question.PreconditionQuestionId is { } condition
                    && !(given.TryGetValue(condition, out var earlier) && Matches(earlier, question.PreconditionOptions)))
                {
                    continue;
                }

                if (question.Required != true && !_random.Bool(0.6f) || Value(question) is not { } value)
                {
                    continue;
                }

                given[question.Id] = value;
                var key = (question.Id, value is string[] choices ? string.Join('|', choices) : Convert.ToString(value, CultureInfo.InvariantCulture)!);
                if (!_answers.TryGetValue(key, out var answer))
                {
                    answer = ScreeningAnswerRules.Check(question, JsonSerializer.SerializeToElement(value), context.Now).Answer! with { QuestionId = null };
                    _answers[key] = answer;
                }

                answers.Add(answer);
            }

            return answers;
        }

        /// <summary>The answer as a client would send it: text, a number, a boolean, option ids or an ISO date.</summary>
        private object? Value(ScreeningQuestion question)
        {
            var format = question.Format;
            return format?.Type switch
            {
                "TEXT" => format.DisplayType switch
                {
                    "URL" => $"https://www.linkedin.com/in/{_random.AlphaNumeric(10)}",
                    "EMAIL" => $"{_random.AlphaNumeric(8)}@{_random.One(home.EmailProviders)}",
                    _ when question.PreconditionQuestionId is not null => _random.ArrayElement(AtsVocabulary.Permits),
                    _ => _random.ArrayElement(AtsVocabulary.Motivations),
                },
                "NUMBER" => Number(format.Min ?? 0, format.Max ?? (format.Min ?? 0) + 15),
                "BOOLEAN" => _random.Bool(0.2f),
                "SINGLE_SELECT" when format.Options is { Count: > 0 } options => _random.One(options).Id,
                "MULTI_SELECT" when format.Options is { Count: > 0 } options => _random.Shuffle(options).Take(_random.Number(1, Math.Min(3, options.Count))).Select(o => o.Id).ToArray(),
                "DATE" => context.Today.AddDays(_random.Number(14, 120)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                _ => null,
            };
        }

        /// <summary>A count (years of experience) for a small range, a round figure (a salary) for a wide one.</summary>
        private double Number(double min, double max)
        {
            if (max - min <= 60)
            {
                return _random.Number((int)Math.Ceiling(min), (int)Math.Floor(Math.Min(max, min + 15)));
            }

            return Math.Round(min + _random.Number(0, 20) * (max - min) / 20);
        }

        /// <summary>Whether an answer is one of a precondition's options (booleans, or option ids of a select).</summary>
        private static bool Matches(object answer, JsonElement? options) =>
            options is { ValueKind: JsonValueKind.Array } list && list.EnumerateArray().Any(option => option.ValueKind switch
            {
                JsonValueKind.True or JsonValueKind.False => answer is bool checkedValue && checkedValue == option.GetBoolean(),
                JsonValueKind.String => answer is string id && id == option.GetString(),
                _ => false,
            });

        private static JobTemplate? Template(Job job) =>
            AtsVocabulary.Jobs.FirstOrDefault(t => job.Name?.StartsWith(t.Name, StringComparison.Ordinal) == true)
            ?? AtsVocabulary.Jobs.FirstOrDefault(t => t.Department == job.Department);

        private NamePool Pool(CountryProfile country)
        {
            if (!_pools.TryGetValue(country.Code, out var pool))
            {
                pool = new NamePool(country, GenerationContext.SeedOf(context.Request.Seed, context.IntegrationId, "ats:names", country.Code));
                _pools[country.Code] = pool;
            }

            return pool;
        }
    }
}
