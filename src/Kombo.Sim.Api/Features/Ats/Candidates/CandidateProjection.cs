using AutoMapper;
using Kombo.Sim.Api.Domain.Ats;
using Kombo.Sim.Api.Features.Ats.Applications;
using Kombo.Sim.Api.State;

namespace Kombo.Sim.Api.Features.Ats.Candidates;

/// <summary>Builds the candidate shapes with their tags and, for the full shape, their applications (deleted ones left out).</summary>
public static class CandidateProjection
{
    /// <summary>An item of GET /ats/candidates; also <c>data</c> of POST /ats/candidates and PATCH /ats/candidates/{id}.</summary>
    public static CandidateModel ToModel(IMapper mapper, AtsData ats, Candidate candidate)
    {
        var model = mapper.Map<CandidateModel>(candidate);
        model.Tags = Tags(mapper, ats, candidate);
        model.Applications = ats.ApplicationsOf(candidate.Id)
            .Select(application =>
            {
                var nested = mapper.Map<CandidateApplicationModel>(application);
                nested.CurrentStage = ApplicationProjection.CurrentStage(mapper, ats, application);
                nested.Job = ApplicationProjection.Job(mapper, ats, application);
                return nested;
            })
            .ToList();
        return model;
    }

    /// <summary>The candidate with its tags but without applications (nested in a created application).</summary>
    public static CandidateCoreModel ToCoreModel(IMapper mapper, AtsData ats, Candidate candidate)
    {
        var model = mapper.Map<CandidateCoreModel>(candidate);
        model.Tags = Tags(mapper, ats, candidate);
        return model;
    }

    /// <summary>The candidate as nested in GET /ats/applications.</summary>
    public static ApplicationCandidateModel ToApplicationCandidate(IMapper mapper, AtsData ats, Candidate candidate)
    {
        var model = mapper.Map<ApplicationCandidateModel>(candidate);
        model.Tags = Tags(mapper, ats, candidate);
        return model;
    }

    private static List<TagRefModel> Tags(IMapper mapper, AtsData ats, Candidate candidate) =>
        candidate.TagIds
            .Select(ats.Tags.Find)
            .Where(t => t is { RemoteDeletedAt: null })
            .Select(mapper.Map<TagRefModel>)
            .ToList();
}
